from .. import circle
from ..square import area as square_area
from ...star_mod import public_one
def describe():
    return f"{circle.Circle(2)!r} {square_area(3)} {public_one()} {__name__} {__package__}"
