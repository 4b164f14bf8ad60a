// Built as an empty libsecret-1.so.0: put first on LD_LIBRARY_PATH it hides the
// real libsecret from QtKeychain, like a system without libsecret-1-0.
