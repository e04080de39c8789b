value = 1
raise RuntimeError("broken module fails during import")
