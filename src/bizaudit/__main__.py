"""Run bizaudit as ``python -m bizaudit``."""

from bizaudit.cli import main

main()
