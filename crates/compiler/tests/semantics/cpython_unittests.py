# minivm-modules: test.test_patma,test.test_named_expressions,test.test_class,test.test_dictcomps,test.test_augassign,test.test_string_literals
# CPython's own unit tests for these features, compiled by pyrite and run by
# the mini-VM: the printed counts (tests run, failures, errors) must match CPython.
import unittest, importlib
for n in ["test.test_named_expressions", "test.test_class", "test.test_dictcomps", "test.test_augassign", "test.test_string_literals"]:
    m = importlib.import_module(n)
    r = unittest.main(module=m, argv=["x"], exit=False, verbosity=0).result
    print(n, r.testsRun, len(r.failures), len(r.errors))
# test_patma: the pattern semantics classes (the others test the VM: tracing, runtime errors).
m = importlib.import_module("test.test_patma")
suite = unittest.TestSuite()
for cls in [m.TestPatma, m.TestSyntaxErrors]:
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(cls))
r = unittest.TextTestRunner(stream=__import__("io").StringIO()).run(suite)
print("test_patma", r.testsRun, len(r.failures), len(r.errors))
