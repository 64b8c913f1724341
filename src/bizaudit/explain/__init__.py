"""The explain layer: the words. Core results become messages, advice, basis lines and
numbers rounded for people, in one place that every output format shares.

It imports the model and the core, never the layers above (io, render, cli). See
docs/architecture.md.
"""
