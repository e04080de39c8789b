"""A small ray tracer (classes, float math, vector objects, operator overloading)."""
import sys
import math

EPSILON = 0.00001


class Vec(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        m = self.magnitude()
        return Vec(self.x / m, self.y / m, self.z / m)

    def scale(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def reflect_through(self, normal):
        d = normal * self.dot(normal)
        return self - d * 2.0

    def __repr__(self):
        return "Vec(%.3f, %.3f, %.3f)" % (self.x, self.y, self.z)


ZERO = Vec(0.0, 0.0, 0.0)
UP = Vec(0.0, 1.0, 0.0)


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Shape(object):
    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, p):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0.0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        if t < EPSILON:
            return None
        return t

    def normal_at(self, p):
        return self.normal


class Material(object):
    def __init__(self, colour, reflectivity=0.0, diffuse=1.0, checker=None):
        self.colour = colour
        self.reflectivity = reflectivity
        self.diffuse = diffuse
        self.checker = checker

    def colour_at(self, p):
        if self.checker is not None:
            if (int(math.floor(p.x)) + int(math.floor(p.z))) % 2 == 0:
                return self.checker
        return self.colour


class Light(object):
    def __init__(self, pos, colour):
        self.pos = pos
        self.colour = colour


class Scene(object):
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = Vec(0.1, 0.1, 0.1)
        self.max_depth = 3

    def add(self, shape, material):
        self.objects.append((shape, material))

    def nearest(self, ray):
        best_t = None
        best = None
        for shape, material in self.objects:
            t = shape.intersect(ray)
            if t is not None and t > EPSILON and (best_t is None or t < best_t):
                best_t = t
                best = (shape, material)
        return best_t, best

    def shadowed(self, p, light):
        to_light = light.pos - p
        dist = to_light.magnitude()
        ray = Ray(p, to_light)
        for shape, _ in self.objects:
            t = shape.intersect(ray)
            if t is not None and EPSILON < t < dist:
                return True
        return False

    def trace(self, ray, depth=0):
        t, hit = self.nearest(ray)
        if hit is None:
            return Vec(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        shape, material = hit
        p = ray.point_at(t)
        n = shape.normal_at(p)
        base = material.colour_at(p)
        colour = base.scale(self.ambient)
        for light in self.lights:
            if self.shadowed(p, light):
                continue
            ldir = (light.pos - p).normalized()
            lambert = n.dot(ldir)
            if lambert > 0.0:
                colour = colour + base.scale(light.colour) * (lambert * material.diffuse)
        if material.reflectivity > 0.0 and depth < self.max_depth:
            r = ray.direction.reflect_through(n)
            refl = self.trace(Ray(p, r), depth + 1)
            colour = colour * (1.0 - material.reflectivity) + refl * material.reflectivity
        return colour


class Camera(object):
    def __init__(self, eye, look_at, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (look_at - eye).normalized()
        self.right = forward.cross(UP).normalized()
        self.up = self.right.cross(forward).normalized()
        self.forward = forward

    def ray_for(self, px, py):
        aspect = self.width / self.height
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * aspect
        sy = 1.0 - 2.0 * (py + 0.5) / self.height
        d = self.forward + self.right * (sx * 0.6) + self.up * (sy * 0.6)
        return Ray(self.eye, d)


def clamp_byte(v):
    if v < 0.0:
        v = 0.0
    elif v > 1.0:
        v = 1.0
    return int(v * 255.0 + 0.5)


def build_scene():
    scene = Scene()
    scene.add(Plane(Vec(0.0, 0.0, 0.0), UP),
              Material(Vec(0.9, 0.9, 0.9), reflectivity=0.2, checker=Vec(0.1, 0.1, 0.1)))
    scene.add(Sphere(Vec(0.0, 1.0, 0.0), 1.0), Material(Vec(0.9, 0.2, 0.2), reflectivity=0.4))
    scene.add(Sphere(Vec(-2.2, 0.7, 1.0), 0.7), Material(Vec(0.2, 0.9, 0.2), reflectivity=0.1))
    scene.add(Sphere(Vec(2.0, 0.5, -0.5), 0.5), Material(Vec(0.2, 0.3, 0.9), reflectivity=0.6))
    scene.add(Sphere(Vec(0.8, 0.3, 1.8), 0.3), Material(Vec(0.9, 0.8, 0.1)))
    scene.lights.append(Light(Vec(-5.0, 8.0, 5.0), Vec(0.8, 0.8, 0.8)))
    scene.lights.append(Light(Vec(6.0, 4.0, 3.0), Vec(0.4, 0.4, 0.5)))
    return scene


def render(width, height):
    scene = build_scene()
    cam = Camera(Vec(0.0, 2.0, 7.0), Vec(0.0, 0.8, 0.0), width, height)
    checksum = 0
    hist = [0] * 8
    for py in range(height):
        for px in range(width):
            c = scene.trace(cam.ray_for(px, py))
            r, g, b = clamp_byte(c.x), clamp_byte(c.y), clamp_byte(c.z)
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) & 0xFFFFFFFF
            hist[(r + g + b) * 8 // 766] += 1
    return checksum, hist


def main(size):
    checksum, hist = render(size, size * 3 // 4)
    print("image %dx%d checksum: %08x" % (size, size * 3 // 4, checksum))
    print("brightness histogram: %s" % " ".join(str(h) for h in hist))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
