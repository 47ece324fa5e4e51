"""placeholder until the first generation."""
