# A print statement written in Python 2 style.
name = "world"
print "hello", name
