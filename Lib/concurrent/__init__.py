# Package for concurrent programming helpers (pyrite).
