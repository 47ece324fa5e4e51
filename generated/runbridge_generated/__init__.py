"""Typed clients generated from the specs in openapi/ by `make generate`. Do not edit by hand."""
