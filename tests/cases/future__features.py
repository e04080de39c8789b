from __future__ import annotations
import __future__
def f(x: undefined_name, y: list[int] = None) -> int: pass
print(f.__annotations__)
print(__future__.annotations, __future__.division.getMandatoryRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print(hex(__future__.annotations.compiler_flag), __future__.generators.getOptionalRelease())
print(__future__.__all__)
for n in __future__.all_feature_names:
    print(n, getattr(__future__, n))
