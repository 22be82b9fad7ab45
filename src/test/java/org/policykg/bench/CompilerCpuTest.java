package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompilerCpuTest {
    @Test
    void countsOnlyTheCompilerThreadsUserAndSystemTicks() {
        // /proc/PID/task/TID/stat lines as Linux writes them (fields after the name: state, ppid, …, utime 14th, stime 15th)
        String c2 = "4242 (C2 CompilerThre) S 1 4240 4240 0 -1 4194368 100 0 0 0 2780 35 0 0 20 0 30 0 77 0 0";
        String c1 = "4243 (C1 CompilerThre) S 1 4240 4240 0 -1 4194368 100 0 0 0 150 4 0 0 20 0 30 0 77 0 0";
        String worker = "4250 (policykg-extrac) R 1 4240 4240 0 -1 4194368 100 0 0 0 9000 70 0 0 20 0 30 0 77 0 0";
        String odd = "4251 (a (b) c) S 1 4240 4240 0 -1 4194368 100 0 0 0 12 1 0 0 20 0 30 0 77 0 0";
        assertEquals(2815, CompilerCpu.compilerTicks(c2));
        assertEquals(154, CompilerCpu.compilerTicks(c1));
        assertEquals(0, CompilerCpu.compilerTicks(worker));
        assertEquals(0, CompilerCpu.compilerTicks(odd));
    }
}
