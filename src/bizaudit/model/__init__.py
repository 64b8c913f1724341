"""The model layer: what goes in and what comes out, and nothing that computes a verdict.

Input models (the profile, the policy, the project settings), the shared vocabularies
(categories, purposes, source kinds, severities, confidence), positions in a file, exact
parsing of amounts, and the report's output contract. Every other layer may import it; it
imports no other layer. See docs/architecture.md.
"""
