package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.messages.attachments.AttachmentDownload;
import org.foyer.messages.attachments.AttachmentFiled;
import org.foyer.messages.attachments.AttachmentView;
import org.foyer.messages.attachments.MessageFile;
import org.foyer.messages.boundary.AttachmentFilings;
import org.foyer.messages.boundary.MessageAttachments;
import org.foyer.messages.control.AttachmentVault;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationView;
import org.foyer.messages.entity.MessageAttachment;
import org.foyer.portal.account.ContactPermission;
import org.foyer.security.signin.SampleKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files sent with messages against the real database: only PDF, PNG and JPEG by content, sealed at
 * rest, downloaded byte for byte, filed by staff into General Documents once, and exactly the
 * conversation's access (404 and nothing changed for everyone else).
 */
class MessageAttachmentsTest {

  static final byte[] PDF = bytes("%PDF-1.7\n1 0 obj << >> endobj\nInsurance card, plain marker\n");
  static final byte[] PNG =
      withPrefix(
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "png plain marker");
  static final byte[] JPEG =
      withPrefix(
          new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, "jpeg plain marker");

  MessagingWorld world;
  MessageAttachments attachments;
  AttachmentFilings filings;
  GeneralDocuments documents;
  Caller filer;

  @BeforeEach
  void practice() {
    world = new MessagingWorld("attachments");
    documents =
        new GeneralDocuments(
            world.em,
            world.audit,
            new DocumentVault(world.em, SampleKeys.MASTER_KEY, world.clock),
            world.records,
            world.network,
            world.clock);
    attachments = attachments(world);
    filings =
        new AttachmentFilings(
            world.em, world.messaging, attachments, documents, world.audit, world.clock);
    filer =
        new Caller(
            world.therapist.accountId(),
            Caller.Kind.STAFF,
            world.therapist.email(),
            Set.of(),
            EnumSet.of(Capability.UPLOAD_GENERAL_DOCUMENTS));
  }

  static MessageAttachments attachments(MessagingWorld world) {
    return new MessageAttachments(
        world.em,
        world.messaging,
        new AttachmentVault(new DocumentVault(world.em, SampleKeys.MASTER_KEY, world.clock)),
        world.audit,
        world.clock);
  }

  ConversationSummary start(Caller caller, UUID client) {
    return world.in(
        () ->
            world.messaging.start(
                caller, client, new NewConversation("Forms", "Here we go", client, false, null)));
  }

  MessageView send(Caller caller, UUID conversation, String body, MessageFile... files) {
    return world.in(() -> attachments.reply(caller, conversation, body, List.of(files)));
  }

  ConversationView open(Caller caller, UUID conversation) {
    return world.in(() -> attachments.open(caller, conversation, null, null));
  }

  AttachmentDownload download(Caller caller, UUID conversation, UUID attachment) {
    return world.in(() -> attachments.download(caller, conversation, attachment));
  }

  long count(String entity) {
    return world.in(
        () ->
            world
                .em
                .createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class)
                .getSingleResult());
  }

  @Test
  void pdfPngAndJpegGoBothWaysAndDownloadByteForByte() {
    ConversationSummary started = start(world.joLogin, world.jo);
    // Later than the first message, so that the thread's order does not rest on random ids.
    world.clock.advance(Duration.ofMinutes(1));

    MessageView sent =
        send(
            world.joLogin,
            started.id(),
            "My card and the form",
            new MessageFile("C:\\Users\\jo\\card.pdf", PDF),
            new MessageFile("front.PNG", PNG),
            new MessageFile("back.jpeg", JPEG));
    world.clock.advance(Duration.ofMinutes(2));
    MessageView answer =
        send(world.therapist, started.id(), "", new MessageFile("letter.pdf", PDF));

    assertThat(sent.attachments())
        .extracting(AttachmentView::fileName, AttachmentView::typeLabel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("card.pdf", "PDF"),
            org.assertj.core.groups.Tuple.tuple("front.png", "PNG image"),
            org.assertj.core.groups.Tuple.tuple("back.jpg", "JPEG image"));
    assertThat(answer.body()).isEmpty();
    ConversationView read = open(world.therapist, started.id());
    assertThat(read.messages()).hasSize(3);
    assertThat(read.messages().get(1).attachments()).hasSize(3);
    assertThat(read.messages().get(2).attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.sizeLabel()).isEqualTo(PDF.length + " bytes"));
    for (AttachmentView file : read.messages().get(1).attachments()) {
      AttachmentDownload got = download(world.therapist, started.id(), file.id());
      assertThat(got.attachment().contentType()).isEqualTo(file.contentType());
      assertThat(got.content())
          .isEqualTo(
              switch (file.contentType()) {
                case "application/pdf" -> PDF;
                case "image/png" -> PNG;
                default -> JPEG;
              });
    }
    AttachmentDownload letter =
        download(world.joLogin, started.id(), answer.attachments().get(0).id());
    assertThat(letter.content()).isEqualTo(PDF);

    List<AuditEvent> events = world.in(() -> world.audit.listRecent(30));
    assertThat(events)
        .filteredOn(e -> e.action() == AuditAction.MESSAGE_ATTACHMENT_ADDED)
        .hasSize(4);
    assertThat(events)
        .filteredOn(e -> e.action() == AuditAction.MESSAGE_ATTACHMENT_DOWNLOADED)
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.subject()).startsWith("client " + world.jo));
    assertThat(events)
        .filteredOn(
            e ->
                e.action() == AuditAction.MESSAGE_ATTACHMENT_DOWNLOADED
                    && e.actor().equals("jo@example.org"))
        .singleElement()
        .satisfies(e -> assertThat(e.onBehalfOf()).isEqualTo("client " + world.jo));
  }

  @Test
  void aMessageNeedsTextOrAFile() {
    ConversationSummary started = start(world.joLogin, world.jo);
    // Later than the first message, so that the thread's order does not rest on random ids.
    world.clock.advance(Duration.ofMinutes(1));

    assertThatThrownBy(() -> send(world.joLogin, started.id(), "  "))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> send(world.joLogin, started.id(), null, new MessageFile("", new byte[0])))
        .isInstanceOf(InvalidInput.class);
    assertThat(
            send(world.joLogin, started.id(), null, new MessageFile("scan.pdf", PDF)).attachments())
        .hasSize(1);
    assertThat(count("Message")).isEqualTo(2);
  }

  @Test
  void filesThatAreNotPdfPngOrJpegByContentAreRefusedAndNothingIsSent() {
    ConversationSummary started = start(world.joLogin, world.jo);
    // Later than the first message, so that the thread's order does not rest on random ids.
    world.clock.advance(Duration.ofMinutes(1));
    byte[] executable = withPrefix(new byte[] {'M', 'Z', (byte) 0x90, 0}, "This program");
    byte[] html = bytes("<!doctype html><script>alert(1)</script>");
    byte[] huge = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);

    assertThatThrownBy(
            () ->
                send(
                    world.joLogin,
                    started.id(),
                    "Invoice",
                    new MessageFile("invoice.pdf", executable)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("\u201cinvoice.pdf\u201d")
        .hasMessageContaining("Only PDF, PNG and JPEG");
    assertThatThrownBy(
            () -> send(world.joLogin, started.id(), "Page", new MessageFile("page.html", html)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Only PDF, PNG and JPEG");
    assertThatThrownBy(
            () ->
                send(
                    world.joLogin,
                    started.id(),
                    "Empty",
                    new MessageFile("blank.pdf", new byte[0])))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("The file is empty");
    assertThatThrownBy(
            () -> send(world.joLogin, started.id(), "Big", new MessageFile("big.pdf", huge)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("larger than 20 MB")
        .satisfies(
            e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey(MessageAttachments.FILE));
    MessageFile[] six = new MessageFile[6];
    Arrays.fill(six, new MessageFile("page.pdf", PDF));
    assertThatThrownBy(() -> send(world.joLogin, started.id(), "Six", six))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at most 5 files");
    // A good file next to a bad one is not sent either.
    assertThatThrownBy(
            () ->
                send(
                    world.joLogin,
                    started.id(),
                    "Mixed",
                    new MessageFile("ok.pdf", PDF),
                    new MessageFile("bad.pdf", html)))
        .isInstanceOf(InvalidInput.class);

    assertThat(count("Message")).isEqualTo(1);
    assertThat(count("MessageAttachment")).isZero();
  }

  @Test
  void contentIsSealedAtRest() {
    ConversationSummary started = start(world.joLogin, world.jo);
    // Later than the first message, so that the thread's order does not rest on random ids.
    world.clock.advance(Duration.ofMinutes(1));
    send(world.joLogin, started.id(), "Card", new MessageFile("card.pdf", PDF));

    byte[] stored =
        world.in(
            () ->
                world
                    .em
                    .createQuery("SELECT a FROM MessageAttachment a", MessageAttachment.class)
                    .getSingleResult()
                    .sealed());
    assertThat(new String(stored, StandardCharsets.ISO_8859_1))
        .doesNotContain("plain marker")
        .doesNotContain("%PDF");
    assertThat(stored).isNotEqualTo(PDF);
  }

  @Test
  void everyoneOutsideTheConversationMeetsNotFoundAndNothingChanges() {
    ConversationSummary jos = start(world.joLogin, world.jo);
    UUID file =
        send(world.joLogin, jos.id(), "Card", new MessageFile("card.pdf", PDF))
            .attachments()
            .get(0)
            .id();
    ConversationSummary sams = start(world.samLogin, world.sam);
    ConversationSummary kept =
        world.in(
            () ->
                world.messaging.start(
                    world.therapist,
                    world.sam,
                    new NewConversation("Just us", "Private", world.sam, true, null)));
    UUID keptFile =
        send(world.samLogin, kept.id(), "Mine", new MessageFile("diary.pdf", PDF))
            .attachments()
            .get(0)
            .id();
    long messages = count("Message");
    long files = count("MessageAttachment");

    // Another client's login, with Jo's conversation or through Sam's own conversation.
    assertThatThrownBy(() -> download(world.samLogin, jos.id(), file)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> download(world.samLogin, sams.id(), file))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> send(world.samLogin, jos.id(), "Hi", new MessageFile("x.pdf", PDF)))
        .isInstanceOf(NotFound.class);
    // Staff who take part, asking for a file through the wrong conversation.
    assertThatThrownBy(() -> download(world.admin, sams.id(), file)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> filings.file(filer, sams.id(), file)))
        .isInstanceOf(NotFound.class);
    // Staff who take no part in Jo's conversations.
    assertThatThrownBy(() -> download(world.desk, jos.id(), file)).isInstanceOf(NotFound.class);
    // The parent, for the conversation kept from guardians.
    assertThatThrownBy(() -> download(world.samParent, kept.id(), keptFile))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> send(world.samParent, kept.id(), "Hi", new MessageFile("x.pdf", PDF)))
        .isInstanceOf(NotFound.class);
    assertThat(download(world.samLogin, kept.id(), keptFile).content()).isEqualTo(PDF);
    // A parent whose link no longer permits messages, then a revoked one.
    world.in(
        () -> {
          world
              .link(world.sam, world.samParent.accountId())
              .permit(EnumSet.of(ContactPermission.FORMS, ContactPermission.DOCUMENTS));
          return null;
        });
    UUID samsFile =
        send(world.samLogin, sams.id(), "Form", new MessageFile("form.pdf", PDF))
            .attachments()
            .get(0)
            .id();
    files++;
    messages++;
    assertThatThrownBy(() -> download(world.samParent, sams.id(), samsFile))
        .isInstanceOf(NotFound.class);
    world.in(
        () -> {
          world.link(world.sam, world.samParent.accountId()).revoke(MessagingWorld.NOW);
          return null;
        });
    assertThatThrownBy(() -> download(world.samParent, sams.id(), samsFile))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> send(world.samParent, sams.id(), "Hi", new MessageFile("x.pdf", PDF)))
        .isInstanceOf(NotFound.class);
    // Another practice, with this practice's ids.
    MessagingWorld elsewhere = new MessagingWorld("attach-elsewhere");
    MessageAttachments theirs = attachments(elsewhere);
    assertThatThrownBy(() -> elsewhere.in(() -> theirs.download(elsewhere.admin, jos.id(), file)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                elsewhere.in(
                    () ->
                        theirs.reply(
                            elsewhere.admin,
                            jos.id(),
                            "Hi",
                            List.of(new MessageFile("x.pdf", PDF)))))
        .isInstanceOf(NotFound.class);

    assertThat(count("Message")).isEqualTo(messages);
    assertThat(count("MessageAttachment")).isEqualTo(files);
    assertThat(count("AttachmentFiling")).isZero();
  }

  @Test
  void staffFileACopyIntoGeneralDocumentsOnce() {
    ConversationSummary started = start(world.joLogin, world.jo);
    // Later than the first message, so that the thread's order does not rest on random ids.
    world.clock.advance(Duration.ofMinutes(1));
    UUID file =
        send(world.joLogin, started.id(), "Card", new MessageFile("card.pdf", PDF))
            .attachments()
            .get(0)
            .id();

    AttachmentFiled filed = world.in(() -> filings.file(filer, started.id(), file));
    AttachmentFiled again = world.in(() -> filings.file(filer, started.id(), file));

    assertThat(filed.earlier()).isFalse();
    assertThat(again.earlier()).isTrue();
    assertThat(again.documentId()).isEqualTo(filed.documentId());
    List<DocumentSummary> listed = world.in(() -> documents.listDocuments(world.admin, world.jo));
    assertThat(listed)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(filed.documentId());
              assertThat(d.fileName()).isEqualTo("card.pdf");
              assertThat(d.contentType()).isEqualTo("application/pdf");
            });
    assertThat(
            world.in(() -> documents.download(world.admin, world.jo, filed.documentId())).content())
        .isEqualTo(PDF);
    assertThat(open(world.therapist, started.id()).messages().get(1).attachments())
        .singleElement()
        .satisfies(a -> assertThat(a.filed()).isTrue());
    assertThat(world.in(() -> world.audit.listRecent(30)))
        .filteredOn(e -> e.action() == AuditAction.MESSAGE_ATTACHMENT_FILED)
        .singleElement()
        .satisfies(e -> assertThat(e.subject()).startsWith("client " + world.jo));
  }

  @Test
  void onlyStaffWhoMayUploadFileAndAKeptConversationFilesAKeptCopy() {
    ConversationSummary kept =
        world.in(
            () ->
                world.messaging.start(
                    world.therapist,
                    world.sam,
                    new NewConversation("Just us", "Private", world.sam, true, null)));
    UUID file =
        send(world.samLogin, kept.id(), "Mine", new MessageFile("diary.pdf", PDF))
            .attachments()
            .get(0)
            .id();

    assertThatThrownBy(() -> world.in(() -> filings.file(world.samLogin, kept.id(), file)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> filings.file(world.therapist, kept.id(), file)))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("permission");
    assertThat(count("GeneralDocument")).isZero();

    AttachmentFiled filed = world.in(() -> filings.file(filer, kept.id(), file));
    assertThat(world.in(() -> documents.listDocuments(world.admin, world.sam)))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo(filed.documentId());
              assertThat(d.confidentialFromGuardians()).isTrue();
            });
  }

  @Test
  void aConversationStartsWithFilesOnItsFirstMessage() {
    ConversationSummary started =
        world.in(
            () ->
                attachments.start(
                    world.joLogin,
                    world.jo,
                    new NewConversation("Card", "Front and back", world.jo, false, null),
                    List.of(new MessageFile("front.png", PNG), new MessageFile("back.jpg", JPEG))));

    assertThat(open(world.therapist, started.id()).messages())
        .singleElement()
        .satisfies(m -> assertThat(m.attachments()).hasSize(2));
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        attachments.start(
                            world.joLogin,
                            world.jo,
                            new NewConversation("Bad", "A page", world.jo, false, null),
                            List.of(new MessageFile("page.pdf", bytes("<html>"))))))
        .isInstanceOf(InvalidInput.class);
    assertThat(count("Conversation")).isEqualTo(1);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] withPrefix(byte[] prefix, String rest) {
    byte[] tail = bytes(rest);
    byte[] all = Arrays.copyOf(prefix, prefix.length + tail.length);
    System.arraycopy(tail, 0, all, prefix.length, tail.length);
    return all;
  }
}
