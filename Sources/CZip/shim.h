#ifndef TONGHOP_CZIP_SHIM_H
#define TONGHOP_CZIP_SHIM_H
#include <zip.h>
#endif
