import ArgumentParser
import KofuStore
print("kofu")
