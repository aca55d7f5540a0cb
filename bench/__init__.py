"""Benchmarks: each module prints its figures; none asserts on time. ``python -m bench`` runs all."""
