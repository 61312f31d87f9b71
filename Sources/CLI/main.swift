print("didar")
