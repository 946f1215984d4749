// libedit as installed by Debian's libedit-dev (histedit.h is its native API).
#pragma once
#include <histedit.h>
