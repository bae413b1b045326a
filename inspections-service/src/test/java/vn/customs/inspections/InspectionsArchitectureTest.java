package vn.customs.inspections;

import vn.customs.testkit.ServiceArchitectureTest;

class InspectionsArchitectureTest extends ServiceArchitectureTest {

    InspectionsArchitectureTest() {
        super("vn.customs.inspections", false);
    }
}
