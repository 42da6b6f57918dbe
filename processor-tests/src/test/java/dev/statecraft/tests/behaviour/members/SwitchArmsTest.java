package dev.statecraft.tests.behaviour.members;

import static dev.statecraft.tests.behaviour.Sequences.assertYields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Members by simple name in switch arms, labels, selectors and conditions the machine lowers. */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SwitchArmsTest {
  @BeforeEach
  void resetStatics() {
    SwitchArmTemplates.shared = 5;
    SwitchArmTemplates.mode = "b";
  }

  @Test
  void staticAndInstanceMembersAsArmsBesideAnArmThatYields() {
    SwitchArmTemplates t = new SwitchArmTemplates();
    assertYields(SwitchArmTemplatesGen.arms(t, 0), 5);
    assertYields(SwitchArmTemplatesGen.arms(t, 1), 10);
    assertYields(SwitchArmTemplatesGen.arms(t, 2), 4);
    assertYields(SwitchArmTemplatesGen.arms(t, 4), 14);
    assertYields(SwitchArmTemplatesGen.arms(t, 3), "limit", 15);
    assertYields(SwitchArmTemplatesGen.arms(t, 7), "arm", 3);
  }

  @Test
  void armsReadTheFieldsWhenTheyRun() {
    SwitchArmTemplates t = new SwitchArmTemplates();
    Iterator<Object> it = SwitchArmTemplatesGen.arms(t, 3).iterator();
    assertEquals("limit", it.next());
    SwitchArmTemplates.shared = 6;
    t.count = 20;
    assertEquals(26, it.next());
    assertFalse(it.hasNext());
  }

  @Test
  void staticFieldsAsArmsOfAStaticTemplate() {
    assertYields(SwitchArmTemplatesGen.staticArms(0), "b");
    assertYields(SwitchArmTemplatesGen.staticArms(3), "limit", "b5");
    assertYields(SwitchArmTemplatesGen.staticArms(1), "arm", "other");
  }

  @Test
  void loweredSelectorsLabelsAndConditionsReadMembers() {
    SwitchArmTemplates t = new SwitchArmTemplates();
    assertYields(SwitchArmTemplatesGen.conditions(t), "mode b", "shared 5",
        10, 11, 12, 13, 14, 15, 16, 17, "on", "i0", "i1", "i2");
    assertEquals(18, t.count);
    SwitchArmTemplates.shared = 3;
    SwitchArmTemplates.mode = "a";
    t.on = false;
    assertYields(SwitchArmTemplatesGen.conditions(t), "mode a", "shared is the limit");
  }

  @Test
  void nestedTypeTemplateReachesOuterStatics() {
    assertYields(SwitchArmTemplates_NestedGen.outerStatics(0), 5);
    assertYields(SwitchArmTemplates_NestedGen.outerStatics(3), 10);
    assertYields(SwitchArmTemplates_NestedGen.outerStatics(1), "arm", 3);
  }

  @Test
  void asyncArmsBesideArmsThatAwait() {
    SwitchArmTemplates t = new SwitchArmTemplates();
    CompletableFuture<Integer> seven = CompletableFuture.completedFuture(7);
    assertEquals("5 b", SwitchArmTemplatesGen.asyncArms(t, 0, seven).join());
    assertEquals("10 awaited 7", SwitchArmTemplatesGen.asyncArms(t, 1, seven).join());
    assertEquals("4 awaited 7", SwitchArmTemplatesGen.asyncArms(t, 2, seven).join());
    assertEquals("7 awaited 7", SwitchArmTemplatesGen.asyncArms(t, 3, seven).join());
    assertEquals("12 awaited 7", SwitchArmTemplatesGen.asyncArms(t, 9, seven).join());

    CompletableFuture<Integer> later = new CompletableFuture<>();
    CompletableFuture<String> result = SwitchArmTemplatesGen.asyncArms(t, 1, later);
    assertFalse(result.isDone());
    t.count = 11;
    later.complete(8);
    assertTrue(result.isDone());
    assertEquals("10 awaited 8", result.join(), "the arm read count before suspending");
  }

  @Test
  void asyncLoweredSelectorAndConditionReadMembers() {
    SwitchArmTemplates t = new SwitchArmTemplates();
    assertEquals("b1 10:1 11:1 12:1 13:1 14:1 15:1 16:1",
        SwitchArmTemplatesGen.asyncConditions(t, CompletableFuture.completedFuture(1)).join());
    assertEquals(17, t.count);

    t.count = 15;
    CompletableFuture<Integer> later = new CompletableFuture<>();
    CompletableFuture<String> result = SwitchArmTemplatesGen.asyncConditions(t, later);
    assertFalse(result.isDone());
    later.complete(2);
    assertEquals("b2 15:2 16:2", result.join());
  }
}
