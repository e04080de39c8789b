# Importing a module that does not exist.
import os
print(os.sep)
import definitely_not_a_module_name
