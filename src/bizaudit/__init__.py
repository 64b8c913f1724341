"""bizaudit: is a small business really investing in getting and keeping customers?"""

__version__ = "0.1.0"
