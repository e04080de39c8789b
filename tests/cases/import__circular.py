# Circular imports between two modules of a package.
import pkgs.circ_a as a
print(a.use_b(), a.circ_b.partial_a(), a.A_VALUE)
import pkgs.circ_b as b
print(b.circ_a is a, b.B_VALUE)
