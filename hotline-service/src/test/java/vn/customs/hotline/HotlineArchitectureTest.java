package vn.customs.hotline;

import vn.customs.testkit.ServiceArchitectureTest;

class HotlineArchitectureTest extends ServiceArchitectureTest {

    HotlineArchitectureTest() {
        super("vn.customs.hotline", false);
    }
}
