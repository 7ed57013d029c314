"""The compliance engine: a pure-Python package (no Django) that checks marketing text against rule packs."""
