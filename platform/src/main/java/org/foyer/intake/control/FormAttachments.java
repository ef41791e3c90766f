package org.foyer.intake.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;

/**
 * Files chosen in a form's file fields (a photo of the insurance card): each is kept as one of the
 * client's General Documents, sealed like every document, and the answer refers to it by id, file
 * name, type and SHA-256. Because the answer carries the reference, a form shown again after an
 * unrelated error, or resumed from a draft, keeps the file without the client choosing it again.
 * Runs inside the filling service's transaction.
 */
public final class FormAttachments {

  /** The parts of a file answer the post carries. */
  private static final List<String> PARTS = List.of("ref", "sha256", "name", "mediaType");

  /** The prefix of a file input's name; the engine renders "_upload." plus the field. */
  public static final String UPLOAD = "_upload.";

  private final GeneralDocuments documents;

  public FormAttachments(GeneralDocuments documents) {
    this.documents = documents;
  }

  /**
   * A file as the browser sent it. {@code content} is null when the file was larger than the
   * documents limit and was not read.
   */
  public record ChosenFile(String field, String fileName, long size, byte[] content) {}

  /**
   * Keeps each chosen file of a file field of the form and points the post's answer at it. A file
   * that is empty, too large or of another type keeps nothing and becomes an error on its field; an
   * answer it would have replaced stays as it was.
   */
  public List<FieldError> attach(
      Caller caller,
      UUID clientId,
      FormDefinition definition,
      String formTitle,
      Map<String, List<String>> post,
      List<ChosenFile> files) {
    List<FieldError> errors = new ArrayList<>();
    for (ChosenFile file : files) {
      Optional<FieldUi> field =
          definition.findField(file.field()).filter(f -> f.widget() == Widget.FILE);
      if (field.isEmpty() || file.size() == 0 && isBlank(file.fileName())) {
        continue;
      }
      String pointer = "/" + file.field();
      if (file.content() == null || file.size() > DocumentFiles.MAX_BYTES) {
        errors.add(FieldError.of(pointer, ErrorCode.FILE_TOO_LARGE, DocumentFiles.MAX_BYTES >> 20));
      } else if (file.content().length == 0) {
        errors.add(FieldError.of(pointer, ErrorCode.FILE_EMPTY));
      } else if (DocumentFiles.typeOf(file.content()).isEmpty()) {
        errors.add(FieldError.of(pointer, ErrorCode.FILE_NOT_ACCEPTED));
      } else {
        String title = formTitle + ": " + field.get().label().text(java.util.Locale.ENGLISH);
        DocumentSummary kept =
            documents.attachForClient(caller, clientId, title, file.fileName(), file.content());
        post.put(file.field() + ".ref", List.of(kept.id().toString()));
        post.put(file.field() + ".sha256", List.of(kept.sha256()));
        post.put(file.field() + ".name", List.of(kept.fileName()));
        post.put(file.field() + ".mediaType", List.of(kept.contentType()));
      }
    }
    return errors;
  }

  /**
   * Keeps a posted file answer only when it names one of the client's documents with the same
   * SHA-256, taking its name and type from the document; otherwise the answer is dropped, as if no
   * file had been chosen. Nothing posted can point an answer at another client's file.
   */
  public void verify(
      Caller caller, UUID clientId, FormDefinition definition, Map<String, List<String>> post) {
    for (FieldUi field : definition.fields().values()) {
      if (field.widget() != Widget.FILE) {
        continue;
      }
      String name = field.field();
      String ref = PostedAnswers.single(post, name + ".ref");
      String sha256 = PostedAnswers.single(post, name + ".sha256");
      Optional<DocumentSummary> document =
          ref.isEmpty()
              ? Optional.empty()
              : uuid(ref)
                  .flatMap(id -> documents.findSummary(caller, clientId, id))
                  .filter(d -> d.sha256().equals(sha256));
      PARTS.forEach(part -> post.remove(name + "." + part));
      document.ifPresent(
          d -> {
            post.put(name + ".ref", List.of(d.id().toString()));
            post.put(name + ".sha256", List.of(d.sha256()));
            post.put(name + ".name", List.of(d.fileName()));
            post.put(name + ".mediaType", List.of(d.contentType()));
          });
    }
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
