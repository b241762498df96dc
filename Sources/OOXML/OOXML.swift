// The OOXML layer: the only module that imports libzip and libxml2.
