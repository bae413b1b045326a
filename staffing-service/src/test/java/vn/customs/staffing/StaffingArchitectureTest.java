package vn.customs.staffing;

import vn.customs.testkit.ServiceArchitectureTest;

class StaffingArchitectureTest extends ServiceArchitectureTest {

    StaffingArchitectureTest() {
        super("vn.customs.staffing");
    }
}
