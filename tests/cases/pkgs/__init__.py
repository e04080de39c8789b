"""Test packages for the import__ golden cases."""
LOADED = "pkgs"
