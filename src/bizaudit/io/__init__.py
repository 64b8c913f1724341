"""The io layer: everything that reads or writes outside the process.

YAML profiles (loading, validation with every error at its line), pyproject.toml and
environment settings, ledger imports, corpus files, the starter profile, and the one writer
every output file goes through. It imports the model, the core and the explain layer. See
docs/architecture.md.
"""
