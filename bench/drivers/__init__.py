"""Child-process drivers: each runs one Qt measurement in a fresh process and prints results."""
