package vn.customs.hotline.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.customs.hotline.domain.directory.DirectoryContent;
import vn.customs.hotline.domain.directory.UnitLevel;

/** The demo directory is one the domain accepts, for the department and the three gates staffing's demo opens. */
class DirectoryDemoTest {

    @Test
    void theDepartmentAndItsThreeGatesArePublished() {
        Map<String, DirectoryContent> directory = DirectoryDemo.directory();

        assertEquals(List.of("DEPT", "HUU_NGHI", "COC_NAM", "CHI_MA"), List.copyOf(directory.keySet()));
        assertEquals(
                UnitLevel.DEPARTMENT, directory.get(DirectoryDemo.DEPARTMENT).level());
        DirectoryDemo.GATES.forEach(gate -> {
            assertEquals(UnitLevel.GATE, directory.get(gate).level());
            assertFalse(directory.get(gate).phones().isEmpty(), gate + " has a number to call");
        });
    }
}
