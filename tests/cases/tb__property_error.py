# Exception raised inside a property getter, accessed in an f-string.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        if self.kelvin < 0:
            raise ValueError("negative kelvin")
        return self.kelvin - 273.15

t = Temperature(300)
print(f"{t.celsius:.2f}")
t2 = Temperature(-5)
print(f"{t2.celsius:.2f}")
