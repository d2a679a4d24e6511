"""Spiders: one module per site, or per family of sites sharing a CMS."""
