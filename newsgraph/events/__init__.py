"""PLOVER event coding: trigger lexicon, dependency rules, merging, ACLED type derivation."""
