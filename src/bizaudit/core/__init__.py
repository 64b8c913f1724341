"""The core layer: every computation of the audit, as numbers with their operands.

Classification, the figures, customer economics, the rules, the score, business or hobby,
period-over-period change. Pure: no I/O, no exits, and no text for people (that is the
explain layer's work); it imports only the model. See docs/architecture.md.
"""
