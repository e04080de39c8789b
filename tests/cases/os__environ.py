# os.environ: a str mapping backed by the process environment.
import os

print(type(os.environ).__name__, isinstance(os.environ["PATH"], str), "PATH" in os.environ)
os.environ["PYRITE_ENV_A"] = "alpha"
print(os.environ["PYRITE_ENV_A"], os.getenv("PYRITE_ENV_A"), os.environb[b"PYRITE_ENV_A"], os.getenvb(b"PYRITE_ENV_A"))
print(os.system("test \"$PYRITE_ENV_A\" = alpha"))
del os.environ["PYRITE_ENV_A"]
print(os.getenv("PYRITE_ENV_A"), os.getenv("PYRITE_ENV_A", "dflt"), "PYRITE_ENV_A" in os.environ)
print(os.system("test -z \"$PYRITE_ENV_A\""))
try:
    os.environ["PYRITE_ENV_A"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["PYRITE_ENV_A"]
except KeyError as e:
    print("KeyError", e)
for k, v in [(1, "x"), ("x", 1)]:
    try:
        os.environ[k] = v
    except TypeError as e:
        print("TypeError", e)
print(os.environ.setdefault("PYRITE_ENV_B", "bee"), os.environ.setdefault("PYRITE_ENV_B", "other"))
c = os.environ.copy()
print(type(c).__name__, c["PYRITE_ENV_B"])
print(os.environ.pop("PYRITE_ENV_B"), os.environ.get("PYRITE_ENV_B"))
os.environ.update(PYRITE_ENV_C="c", PYRITE_ENV_D="d")
print(sorted(k for k in os.environ if k.startswith("PYRITE_ENV")))
merged = os.environ | {"PYRITE_X": "1"}
print(type(merged).__name__, merged["PYRITE_X"], "PYRITE_X" in os.environ)
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}), os.get_exec_path({b"PATH": b"/c"}))
try:
    os.get_exec_path({"PATH": "/a", b"PATH": b"/b"})
except ValueError as e:
    print("ValueError", e)
print(repr(os.environ)[:9], os.supports_bytes_environ)
os.putenv("PYRITE_ENV_E", "e")
print(os.getenv("PYRITE_ENV_E"), os.system("test \"$PYRITE_ENV_E\" = e"))
os.unsetenv("PYRITE_ENV_E")
print(os.system("test -z \"$PYRITE_ENV_E\""))
