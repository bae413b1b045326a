package vn.customs.declarations;

import vn.customs.testkit.ServiceArchitectureTest;

class DeclarationsArchitectureTest extends ServiceArchitectureTest {

    DeclarationsArchitectureTest() {
        super("vn.customs.declarations");
    }
}
