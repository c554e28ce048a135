package org.cep.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageModulesTest {
    @Test
    void aHeaderNamesEachCapabilityAndItsFolder() {
        List<String> problems = new ArrayList<>();
        List<PageModules.Module> ms = PageModules.parse(7, "cases;path=console/modules/cases, live-seizure;path=\"/web/pages/\"", problems);
        assertEquals(List.of(new PageModules.Module("cases", 7, "console/modules/cases"),
                new PageModules.Module("live-seizure", 7, "web/pages")), ms);
        assertTrue(problems.isEmpty());
    }

    @Test
    void entriesThatCouldEscapeTheFolderOrHaveNoPathAreLeftOutAndReported() {
        List<String> problems = new ArrayList<>();
        List<PageModules.Module> ms = PageModules.parse(7, "a;path=../etc, B;path=x, c, d;path=ok/folder", problems);
        assertEquals(List.of(new PageModules.Module("d", 7, "ok/folder")), ms);
        assertEquals(3, problems.size());
    }

    @Test
    void aCapabilityBundlesOwnPagesWinOverTheConsolesCopyAndLeaveWithTheirBundle() {
        PageModules pm = new PageModules();
        pm.put(50, List.of(new PageModules.Module("live-seizure", 50, "console/modules/live-seizure"),
                new PageModules.Module("cases", 50, "console/modules/cases")));
        pm.put(80, List.of(new PageModules.Module("live-seizure", 80, "web")));
        assertEquals(80, pm.find("live-seizure").orElseThrow().bundleId());
        assertEquals("[{\"capability\":\"cases\",\"entry\":\"modules/cases/index.js\"},"
                + "{\"capability\":\"live-seizure\",\"entry\":\"modules/live-seizure/index.js\"}]", pm.json());
        pm.remove(80);
        assertEquals(50, pm.find("live-seizure").orElseThrow().bundleId());
        pm.remove(50);
        assertEquals("[]", pm.json());
    }

    @Test
    void onlyPlainRelativePathsOfKnownTypesAreServed() {
        assertTrue(StaticFiles.safe("js/app.js"));
        assertTrue(StaticFiles.safe("modules/live-seizure/index.js"));
        assertFalse(StaticFiles.safe("../etc/users.properties"));
        assertFalse(StaticFiles.safe("js//app.js"));
        assertFalse(StaticFiles.safe("js/%2e%2e/x.js"));
        assertFalse(StaticFiles.safe("/abs.js"));
        assertEquals("text/javascript; charset=utf-8", StaticFiles.contentType("js/app.js"));
        assertNull(StaticFiles.contentType("OSGI-INF/x.xml"));
        assertNull(StaticFiles.contentType("org/cep/console/internal/ConsoleServlet.class"));
    }

    @Test
    void thePolicyAllowsNoInlineScriptNorAnotherOrigin() {
        assertFalse(StaticFiles.CSP.contains("unsafe-inline"));
        assertFalse(StaticFiles.CSP.contains("unsafe-eval"));
        assertTrue(StaticFiles.CSP.contains("script-src 'self'"));
        assertFalse(StaticFiles.CSP.contains("http"));
    }
}
