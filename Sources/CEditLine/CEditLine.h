// libedit's native API (el_*, history). Swift calls what it can directly; the variadic calls,
// C globals and signal handling go through the small C target CEditLineShim.
#include <histedit.h>
