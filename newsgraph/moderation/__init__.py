"""Reader comments under the civility policy."""
