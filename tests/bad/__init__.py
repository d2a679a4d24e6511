"""Bad input for the crawler: a copy of a fixture site with every misbehaviour."""
