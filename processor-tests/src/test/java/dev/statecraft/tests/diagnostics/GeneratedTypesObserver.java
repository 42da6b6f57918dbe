package dev.statecraft.tests.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Runs beside the processor under test and records which {@code ...Gen} types exist once
 * processing is over. compile-testing hides generated files when a compilation fails, but javac
 * still parses and enters what a processor wrote in the round that reported an error, so the
 * generated types can be looked up by name in the last round. The names follow DESIGN.md:
 * {@code p.A.B} gives {@code p.A_BGen}.
 */
final class GeneratedTypesObserver extends AbstractProcessor {
  private final List<String> candidates = new ArrayList<>();
  private final List<String> generated = new ArrayList<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (candidates.isEmpty()) {
      for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
        addCandidates(type, type.getSimpleName().toString());
      }
    }
    if (round.processingOver()) {
      for (String name : candidates) {
        if (processingEnv.getElementUtils().getTypeElement(name) != null) {
          generated.add(name);
        }
      }
    }
    return false;
  }

  /** The {@code ...Gen} types that exist after the last round. */
  List<String> generated() {
    return generated;
  }

  private void addCandidates(TypeElement type, String flatName) {
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
    String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
    candidates.add(prefix + flatName + "Gen");
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        addCandidates(nested, flatName + "_" + nested.getSimpleName());
      }
    }
  }
}
