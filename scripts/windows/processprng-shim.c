/* ProcessPrng for Wine 8.0, built and put into the test run's Wine prefix by
 * scripts/windows/wine-prefix.sh; never shipped.
 *
 * Why: Rust's standard library (1.78 and later) gets its random bytes from ProcessPrng in
 * bcryptprimitives.dll, so every .exe it builds imports that function. Wine added it in 8.13;
 * Debian 12's Wine 8.0 has no bcryptprimitives.dll at all, so every Rust program fails to load
 * there (status c0000135). This DLL exports ProcessPrng on top of SystemFunction036
 * (RtlGenRandom), which Wine 8.0 has. Windows 10 and later have ProcessPrng themselves. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
