"""Cross-client reliability: fault matrix, secret audit, token concurrency and TLS."""
