<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation>
            <numerusform>%n Video vom letzten Mal wird fortgesetzt.</numerusform>
            <numerusform>%n Videos vom letzten Mal werden fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation>
            <numerusform>%n Videoauftrag konnte beim Beenden der App nicht bestätigt werden: Prüfen Sie Ihre Videos in JoggAI, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>%n Videoaufträge konnten beim Beenden der App nicht bestätigt werden: Prüfen Sie Ihre Videos in JoggAI, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The History window shows how they are doing.</source>
        <translation>Im Verlauf sehen Sie, wie weit sie sind.</translation>
    </message>
    <message>
        <source>The videos from last time are finished: see History.</source>
        <translation>Die Videos vom letzten Mal sind fertig: siehe Verlauf.</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Die Demo wird gestartet…</translation>
    </message>
    <message>
        <source>The demo did not start in time. Please try again.</source>
        <comment>Demo</comment>
        <translation>Die Demo ist nicht rechtzeitig gestartet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The demo stopped unexpectedly. Please try again.</source>
        <comment>Demo</comment>
        <translation>Die Demo wurde unerwartet beendet. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The demo could not be started. Please try again.</source>
        <comment>Demo</comment>
        <translation>Die Demo konnte nicht gestartet werden. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>JoggAI did not accept your API key. Check that you copied the whole key from JoggAI (your avatar → API).</source>
        <translation>JoggAI hat Ihren API-Schlüssel nicht angenommen. Prüfen Sie, ob Sie den ganzen Schlüssel aus JoggAI kopiert haben (Ihr Avatar → API).</translation>
    </message>
    <message>
        <source>Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.</source>
        <translation>Ihr JoggAI-Konto hat keine Credits mehr. Laden Sie in JoggAI Credits auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your JoggAI plan does not include this feature through the API. Upgrade your plan in JoggAI, or contact JoggAI support.</source>
        <translation>Ihr JoggAI-Tarif enthält diese Funktion über die API nicht. Wechseln Sie in JoggAI zu einem höheren Tarif oder wenden Sie sich an den JoggAI-Support.</translation>
    </message>
    <message>
        <source>JoggAI could not find this item any more. Please start again.</source>
        <translation>JoggAI findet diesen Eintrag nicht mehr. Bitte beginnen Sie neu.</translation>
    </message>
    <message>
        <source>JoggAI did not accept some of the details. Please check them and try again.</source>
        <translation>JoggAI hat einige Angaben nicht akzeptiert. Bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>JoggAI is busy with your earlier requests. Please wait a moment and try again.</source>
        <translation>JoggAI ist noch mit Ihren vorherigen Anfragen beschäftigt. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>JoggAI is having a problem right now. Please try again in a few minutes.</source>
        <translation>JoggAI hat gerade ein Problem. Bitte versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>Could not reach JoggAI. Check your internet connection and try again.</source>
        <translation>JoggAI ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>JoggAI took too long to answer. Please try again.</source>
        <translation>JoggAI hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>JoggAI sent an answer the app could not understand. Please try again later.</source>
        <translation>JoggAI hat eine Antwort geschickt, mit der die App nichts anfangen kann. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>JoggAI could not read the product details from this page. Check the link, or enter the product details yourself.</source>
        <translation>JoggAI konnte die Produktdaten auf dieser Seite nicht lesen. Prüfen Sie den Link oder geben Sie die Produktdaten selbst ein.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video. It may already be rendering and may have used credits. Check your videos in JoggAI before trying again.</source>
        <translation>Wir konnten nicht bestätigen, ob JoggAI Ihr Video gestartet hat. Es wird vielleicht schon erstellt und hat eventuell Credits verbraucht. Prüfen Sie Ihre Videos in JoggAI, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>JoggAI could not make this video. Try different images or settings.</source>
        <translation>JoggAI konnte dieses Video nicht erstellen. Versuchen Sie andere Bilder oder Einstellungen.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI wrote the script suggestions. It may have used 0.2 credit. You can ask again: that costs another 0.2 credit.</source>
        <translation>Wir konnten nicht bestätigen, ob JoggAI die Skriptvorschläge geschrieben hat. Dabei wurden womöglich 0,2 Credits verbraucht. Sie können erneut fragen: Das kostet weitere 0,2 Credits.</translation>
    </message>
    <message>
        <source>JoggAI could not write script suggestions for this product. Try again, or write the script yourself.</source>
        <translation>JoggAI konnte für dieses Produkt keine Skriptvorschläge schreiben. Versuchen Sie es erneut oder schreiben Sie das Skript selbst.</translation>
    </message>
    <message>
        <source>JoggAI is taking much longer than usual to write the script suggestions. Try again later, or write the script yourself.</source>
        <translation>JoggAI braucht viel länger als sonst für die Skriptvorschläge. Versuchen Sie es später erneut oder schreiben Sie das Skript selbst.</translation>
    </message>
    <message>
        <source>This video was deleted in JoggAI.</source>
        <translation>Dieses Video wurde in JoggAI gelöscht.</translation>
    </message>
    <message>
        <source>This video is taking much longer than usual. It may still finish: check again later, or contact JoggAI support.</source>
        <translation>Dieses Video dauert viel länger als üblich. Es kann trotzdem noch fertig werden: Schauen Sie später wieder nach oder wenden Sie sich an den JoggAI-Support.</translation>
    </message>
    <message>
        <source>The finished video could not be downloaded from JoggAI. It is kept there: try again later (nothing is charged again).</source>
        <translation>Das fertige Video konnte nicht von JoggAI heruntergeladen werden. Es bleibt dort gespeichert: Versuchen Sie es später erneut (es wird nichts doppelt berechnet).</translation>
    </message>
    <message>
        <source>JoggAI did not accept the file upload. Please try again.</source>
        <translation>JoggAI hat den Datei-Upload nicht angenommen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to JoggAI could not be verified. If your company network checks secure traffic, ask your IT team to install its certificate on this computer; also check the computer&apos;s date and time.</source>
        <translation>Die sichere Verbindung zu JoggAI konnte nicht überprüft werden. Wenn Ihr Firmennetz verschlüsselten Verkehr prüft, bitten Sie Ihre IT, das Zertifikat auf diesem Computer zu installieren; prüfen Sie auch Datum und Uhrzeit des Computers.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (only an address on this computer may use http://): otherwise your API key would travel unprotected.</source>
        <translation>Die API-Adresse muss mit https:// beginnen (nur eine Adresse auf diesem Computer darf http:// verwenden) – sonst würde Ihr API-Schlüssel ungeschützt übertragen.</translation>
    </message>
    <message>
        <source>The app cannot save videos in %1. Choose another folder, or fix its permissions. Nothing was charged.</source>
        <translation>Die App kann keine Videos in %1 speichern. Wählen Sie einen anderen Ordner oder korrigieren Sie dessen Berechtigungen. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The disk with %1 is nearly full. Free some space or choose another folder. Nothing was charged.</source>
        <translation>Die Festplatte mit %1 ist fast voll. Schaffen Sie Platz oder wählen Sie einen anderen Ordner. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>The video could not be saved in %1. It is kept in JoggAI: choose another folder and download it again (nothing is charged again).</source>
        <translation>Das Video konnte nicht in %1 gespeichert werden. Es bleibt in JoggAI: Wählen Sie einen anderen Ordner und laden Sie es erneut herunter (es wird nichts doppelt berechnet).</translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved in %1. Free some space (or choose another folder), then download it again: nothing is charged again.</source>
        <translation>Die Festplatte ist voll, deshalb konnte das Video nicht in %1 gespeichert werden. Schaffen Sie Platz (oder wählen Sie einen anderen Ordner) und laden Sie es erneut herunter – es wird nichts doppelt berechnet.</translation>
    </message>
    <message>
        <source>JoggAI sent something that is not a video. Please try downloading it again later.</source>
        <translation>JoggAI hat etwas geschickt, das kein Video ist. Bitte laden Sie es später erneut herunter.</translation>
    </message>
    <message>
        <source>JoggAI started your video, but the app could not note it in its list. It will be finished when the app starts again. Nothing is charged again.</source>
        <translation>JoggAI hat Ihr Video gestartet, aber die App konnte es nicht in ihre Liste eintragen. Es wird fertiggestellt, wenn die App das nächste Mal startet. Es wird nichts doppelt berechnet.</translation>
    </message>
    <message>
        <source>Some of the details are not valid. Please check them.</source>
        <translation>Einige Angaben sind ungültig. Bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) could not be used. Try again; if it keeps happening, send the details to support.</source>
        <translation>Die Videoliste der App (%1) konnte nicht verwendet werden. Versuchen Sie es erneut; wenn es wieder passiert, senden Sie die Details an den Support.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is busy: another Jogg Desktop window is writing to it. Wait a moment and try again.</source>
        <translation>Die Videoliste der App (%1) ist gerade belegt: Ein anderes Jogg-Desktop-Fenster schreibt hinein. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk with the app&apos;s list of videos (%1) is full. Free some space, then try again.</source>
        <translation>Die Festplatte mit der Videoliste der App (%1) ist voll. Schaffen Sie Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The app cannot write its list of videos (%1). Check that you may write to that folder.</source>
        <translation>Die App kann ihre Videoliste (%1) nicht schreiben. Prüfen Sie, ob Sie in diesen Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is damaged. Rename or move that file, then start again: the app makes a new list. Keep the old file for support: it may list paid videos.</source>
        <translation>Die Videoliste der App (%1) ist beschädigt. Benennen Sie die Datei um oder verschieben Sie sie und starten Sie dann neu: Die App legt eine neue Liste an. Heben Sie die alte Datei für den Support auf – sie kann bezahlte Videos enthalten.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) was written by a newer version of Jogg Desktop. Update the app.</source>
        <translation>Die Videoliste der App (%1) stammt von einer neueren Version von Jogg Desktop. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <source>The record of this video in %1 is damaged and was set aside. The other videos are not affected.</source>
        <translation>Der Eintrag dieses Videos in %1 ist beschädigt und wurde beiseitegelegt. Die anderen Videos sind nicht betroffen.</translation>
    </message>
    <message>
        <source>This video was not started: the app closed before asking JoggAI. Nothing was charged.</source>
        <translation>Dieses Video wurde nicht gestartet: Die App wurde beendet, bevor sie JoggAI fragen konnte. Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>This video is being finished in another Jogg Desktop window. Wait for it there.</source>
        <translation>Dieses Video wird gerade in einem anderen Jogg-Desktop-Fenster fertiggestellt. Warten Sie dort darauf.</translation>
    </message>
    <message>
        <source>This video was never started in JoggAI, so there is nothing to download.</source>
        <translation>Dieses Video wurde in JoggAI nie gestartet, daher gibt es nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this video. Please try again.</source>
        <translation>Bei diesem Video ist etwas Unerwartetes schiefgelaufen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to JoggAI.</source>
        <translation>Bei der Verbindung mit JoggAI ist etwas schiefgelaufen.</translation>
    </message>
    <message>
        <source>the chosen folder</source>
        <translation>dem gewählten Ordner</translation>
    </message>
    <message>
        <source>This took too long. Please try again.</source>
        <translation>Das hat zu lange gedauert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file “%1” could not be found. It may have been moved or deleted.</source>
        <translation>Die Datei „%1“ wurde nicht gefunden. Vielleicht wurde sie verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The app is not allowed to open or write this file. Check its permissions.</source>
        <translation>Die App darf diese Datei nicht öffnen oder schreiben. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the file and free disk space, then try again.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden. Prüfen Sie die Datei und den freien Speicherplatz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, copy the details and send them to support.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Bitte versuchen Sie es erneut; wenn es wieder passiert, kopieren Sie die Details und senden Sie sie an den Support.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Fix API key</source>
        <translation>API-Schlüssel korrigieren</translation>
    </message>
    <message>
        <source>Buy credits in JoggAI</source>
        <translation>Credits in JoggAI kaufen</translation>
    </message>
    <message>
        <source>Open JoggAI</source>
        <translation>JoggAI öffnen</translation>
    </message>
    <message>
        <source>Enter details myself</source>
        <translation>Angaben selbst eingeben</translation>
    </message>
    <message>
        <source>Check my videos in JoggAI</source>
        <translation>Meine Videos in JoggAI prüfen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Asking JoggAI to start…</source>
        <translation>JoggAI wird um den Start gebeten…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue</source>
        <translation>Wartet in der Warteschlange von JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making your video</source>
        <translation>JoggAI erstellt Ihr Video</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Wird heruntergeladen… %1 %</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Wird heruntergeladen… %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not confirmed — check your videos in JoggAI before trying again</source>
        <translation>Nicht bestätigt – prüfen Sie Ihre Videos in JoggAI, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation>Video ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly last time. Your videos, jobs and settings are kept, and videos that were being made are picked up again. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>Jogg Desktop wurde beim letzten Mal unerwartet beendet. Ihre Videos, Aufträge und Einstellungen sind erhalten, und Videos, die gerade erstellt wurden, werden fortgesetzt. Wenn das wieder vorkommt, kopieren Sie die Details unten und senden Sie sie an den Support. Sie enthalten keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly</source>
        <translation>Jogg Desktop wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
    <message>
        <source>This video used %1 (JoggAI&apos;s figure).</source>
        <translation>Dieses Video hat %1 gekostet (Angabe von JoggAI).</translation>
    </message>
    <message>
        <source>Your JoggAI balance: %1 (JoggAI&apos;s figure; it may take a while to update).</source>
        <translation>Ihr JoggAI-Guthaben: %1 (Angabe von JoggAI; die Aktualisierung kann etwas dauern).</translation>
    </message>
    <message>
        <source>%1 of %2 videos are ready; %3 failed.</source>
        <translation>%1 von %2 Videos sind fertig; %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Your batch is finished</source>
        <translation>Ihre Serie ist fertig</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>The avatar fills the screen; your pictures cut in between.</source>
        <translation>Der Avatar füllt das Bild; Ihre Bilder werden dazwischen eingeblendet.</translation>
    </message>
    <message>
        <source>Floating avatar</source>
        <translation>Schwebender Avatar</translation>
    </message>
    <message>
        <source>Your pictures fill the screen; the avatar floats in a corner.</source>
        <translation>Ihre Bilder füllen das Bild; der Avatar schwebt in einer Ecke.</translation>
    </message>
    <message>
        <source>Avatar below</source>
        <translation>Avatar unten</translation>
    </message>
    <message>
        <source>Your pictures on top, the avatar underneath.</source>
        <translation>Ihre Bilder oben, der Avatar darunter.</translation>
    </message>
    <message>
        <source>Avatar bubble</source>
        <translation>Avatar-Blase</translation>
    </message>
    <message>
        <source>The avatar in a small round bubble over your pictures.</source>
        <translation>Der Avatar in einer kleinen runden Blase über Ihren Bildern.</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Karussell</translation>
    </message>
    <message>
        <source>Your pictures turn from one to the next; the avatar presents.</source>
        <translation>Ihre Bilder wechseln nacheinander; der Avatar präsentiert.</translation>
    </message>
    <message>
        <source>Floating, then voice</source>
        <translation>Schwebend, dann Stimme</translation>
    </message>
    <message>
        <source>The avatar floats in a corner, then only its voice goes on.</source>
        <translation>Der Avatar schwebt in einer Ecke, danach ist nur noch seine Stimme zu hören.</translation>
    </message>
    <message>
        <source>Tilted frame</source>
        <translation>Schräger Rahmen</translation>
    </message>
    <message>
        <source>Your pictures in a tilted frame beside the avatar.</source>
        <translation>Ihre Bilder in einem schrägen Rahmen neben dem Avatar.</translation>
    </message>
    <message>
        <source>Sharp pictures</source>
        <translation>Scharfe Bilder</translation>
    </message>
    <message>
        <source>Your pictures shown whole on a plain background, no blurred fill.</source>
        <translation>Ihre Bilder vollständig auf schlichtem Hintergrund, ohne unscharfe Füllung.</translation>
    </message>
    <message>
        <source>Pictures only</source>
        <translation>Nur Bilder</translation>
    </message>
    <message>
        <source>Just your pictures, one after another, with the voice over them.</source>
        <translation>Nur Ihre Bilder, eines nach dem anderen, mit der Stimme darüber.</translation>
    </message>
    <message>
        <source>Split screen</source>
        <translation>Geteiltes Bild</translation>
    </message>
    <message>
        <source>The screen split in two: your product and the avatar side by side.</source>
        <translation>Das Bild zweigeteilt: Ihr Produkt und der Avatar nebeneinander.</translation>
    </message>
    <message>
        <source>A layout from JoggAI&apos;s library.</source>
        <translation>Ein Layout aus der JoggAI-Bibliothek.</translation>
    </message>
</context>
<context>
    <name>AspectCards</name>
    <message>
        <source>Aspect ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation>Hochformat 9:16</translation>
    </message>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Querformat 16:9</translation>
    </message>
    <message>
        <source>YouTube, websites</source>
        <translation>YouTube, Websites</translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation>Quadratisch 1:1</translation>
    </message>
    <message>
        <source>Feeds, marketplaces</source>
        <translation>Feeds, Marktplätze</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <source>Show avatars from</source>
        <translation>Avatare anzeigen aus</translation>
    </message>
    <message>
        <source>All avatars</source>
        <translation>Alle Avatare</translation>
    </message>
    <message>
        <source>JoggAI library</source>
        <translation>JoggAI-Bibliothek</translation>
    </message>
    <message>
        <source>My avatars</source>
        <translation>Meine Avatare</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Jedes Geschlecht</translation>
    </message>
    <message>
        <source>Avatar gender</source>
        <translation>Geschlecht des Avatars</translation>
    </message>
    <message>
        <source>Avatar age</source>
        <translation>Alter des Avatars</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation>Stil des Avatars</translation>
    </message>
    <message>
        <source>Any style</source>
        <translation>Jeder Stil</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatare</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>Avatar {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>No avatar matches these filters for this aspect ratio.</source>
        <translation>Kein Avatar passt zu diesen Filtern und diesem Seitenverhältnis.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Meldungssymbol</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Produktseite wird gelesen</translation>
    </message>
    <message>
        <source>Asking JoggAI</source>
        <translation>Anfrage an JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making it</source>
        <translation>JoggAI erstellt es</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Make many videos</source>
        <translation>Viele Videos erstellen</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Neue Serie</translation>
    </message>
    <message>
        <source>Product links, one per line</source>
        <translation>Produktlinks, einer pro Zeile</translation>
    </message>
    <message>
        <source>Paste product page links here, one per line</source>
        <translation>Links zu Produktseiten hier einfügen, einer pro Zeile</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Add from History…</source>
        <translation>Aus dem Verlauf hinzufügen…</translation>
    </message>
    <message>
        <source>Settings for every video</source>
        <translation>Einstellungen für jedes Video</translation>
    </message>
    <message>
        <source>The current video settings</source>
        <translation>Die aktuellen Videoeinstellungen</translation>
    </message>
    <message>
        <source>Saved settings: %1</source>
        <translation>Gespeicherte Einstellungen: %1</translation>
    </message>
    <message>
        <source>Folder for the videos</source>
        <translation>Ordner für die Videos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Make the videos…</source>
        <translation>Videos erstellen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Videos of the batch</source>
        <translation>Videos der Serie</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Serie abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Check the links: %1</source>
        <translation>Prüfen Sie die Links: %1</translation>
    </message>
    <message>
        <source>Check the variants.</source>
        <translation>Prüfen Sie die Varianten.</translation>
    </message>
    <message>
        <source>Paste links, import a CSV or add products from the History.</source>
        <translation>Fügen Sie Links ein, importieren Sie eine CSV-Datei oder übernehmen Sie Produkte aus dem Verlauf.</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>Eine CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>This file could not be read. Is it a CSV file?</source>
        <translation>Diese Datei konnte nicht gelesen werden. Ist es eine CSV-Datei?</translation>
    </message>
    <message>
        <source>This CSV cannot be used: %1</source>
        <translation>Diese CSV-Datei lässt sich nicht verwenden: %1</translation>
    </message>
    <message>
        <source>The History has no products yet.</source>
        <translation>Im Verlauf gibt es noch keine Produkte.</translation>
    </message>
    <message>
        <source>Save the videos in</source>
        <translation>Videos speichern in</translation>
    </message>
    <message>
        <source>Make the videos?</source>
        <translation>Videos erstellen?</translation>
    </message>
    <message>
        <source>%1.

This uses %2 credits from your JoggAI account.</source>
        <translation>%1.

Das kostet %2 Credits aus Ihrem JoggAI-Konto.</translation>
    </message>
    <message>
        <source>Make %1 videos</source>
        <translation>%1 Videos erstellen</translation>
    </message>
    <message>
        <source>%1 of %2 videos done, %3 failed, %4 credits used</source>
        <translation>%1 von %2 Videos fertig, %3 fehlgeschlagen, %4 Credits verbraucht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled: videos already requested are still finished</source>
        <translation>Abgebrochen: Bereits angefragte Videos werden trotzdem fertiggestellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>The results could not be saved there. Choose another folder.</source>
        <translation>Die Ergebnisse konnten dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Results saved: %1</source>
        <translation>Ergebnisse gespeichert: %1</translation>
    </message>
    <message>
        <source>The batch goes on in the background (%1 of %2 videos done). Open “Make many videos…” to follow it.</source>
        <translation>Die Serie läuft im Hintergrund weiter (%1 von %2 Videos fertig). Öffnen Sie „Viele Videos erstellen…“, um sie zu verfolgen.</translation>
    </message>
    <message>
        <source>Read the product page again (nothing was charged)</source>
        <translation>Produktseite erneut lesen (es wurde nichts berechnet)</translation>
    </message>
    <message>
        <source>Ask JoggAI again: this video was never started, nothing was charged</source>
        <translation>JoggAI erneut fragen: Dieses Video wurde nie gestartet, es wurde nichts berechnet</translation>
    </message>
    <message>
        <source>Download the finished video again (no new charge)</source>
        <translation>Das fertige Video erneut herunterladen (ohne neue Kosten)</translation>
    </message>
    <message>
        <source>This video cannot be retried safely: it may have used credits already</source>
        <translation>Dieses Video kann nicht gefahrlos erneut versucht werden: Es hat eventuell schon Credits verbraucht</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaiisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Chinesisch (vereinfacht)</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Chinesisch (traditionell)</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Kantonesisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulu</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Flemish</source>
        <translation>Flämisch</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongolisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>Oriya</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>Assamesisch</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaheli</translation>
    </message>
    <message>
        <source>Don&apos;t Worry</source>
        <translation>Keine Sorge</translation>
    </message>
    <message>
        <source>Casual and reassuring: names a worry and shows how the product solves it.</source>
        <translation>Locker und beruhigend: nennt eine Sorge und zeigt, wie das Produkt sie löst.</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>An exciting new find, shared like a tip with a friend.</source>
        <translation>Ein spannender neuer Fund, weitergegeben wie ein Tipp unter Freunden.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Facts, numbers and specifications up front.</source>
        <translation>Fakten, Zahlen und technische Daten gleich zu Beginn.</translation>
    </message>
    <message>
        <source>Top 3 reasons</source>
        <translation>Top 3 Gründe</translation>
    </message>
    <message>
        <source>Three clear reasons to buy, one after another.</source>
        <translation>Drei klare Gründe für den Kauf, einer nach dem anderen.</translation>
    </message>
    <message>
        <source>Soft Selling</source>
        <translation>Sanfter Verkauf</translation>
    </message>
    <message>
        <source>Gentle and friendly, no hard push.</source>
        <translation>Freundlich und sanft, ohne Druck.</translation>
    </message>
    <message>
        <source>Humor &amp; Meme</source>
        <translation>Humor &amp; Meme</translation>
    </message>
    <message>
        <source>Light-hearted and funny, in the style of social media memes.</source>
        <translation>Locker und witzig, im Stil von Social-Media-Memes.</translation>
    </message>
    <message>
        <source>Feature Explainer</source>
        <translation>Funktionen erklärt</translation>
    </message>
    <message>
        <source>Walks through the main features and what each one does.</source>
        <translation>Geht die wichtigsten Funktionen durch und zeigt, was jede kann.</translation>
    </message>
    <message>
        <source>Soft Storytelling with Twist</source>
        <translation>Geschichte mit Wendung</translation>
    </message>
    <message>
        <source>A short story that ends with a surprise.</source>
        <translation>Eine kurze Geschichte mit überraschendem Ende.</translation>
    </message>
    <message>
        <source>Expert Advice</source>
        <translation>Expertenrat</translation>
    </message>
    <message>
        <source>Sounds like a knowledgeable expert recommending the product.</source>
        <translation>Klingt wie eine Fachperson, die das Produkt empfiehlt.</translation>
    </message>
    <message>
        <source>Unboxing &amp; Review</source>
        <translation>Unboxing &amp; Test</translation>
    </message>
    <message>
        <source>Like opening the box and giving an honest first review.</source>
        <translation>Wie beim Auspacken mit einem ehrlichen ersten Eindruck.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>Sets a challenge and shows the product rising to it.</source>
        <translation>Stellt eine Herausforderung und zeigt, wie das Produkt sie meistert.</translation>
    </message>
    <message>
        <source>Problem/Solution</source>
        <translation>Problem/Lösung</translation>
    </message>
    <message>
        <source>States a common problem, then presents the product as the fix.</source>
        <translation>Nennt ein verbreitetes Problem und zeigt das Produkt als Lösung.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Shows how the product compares with the usual alternatives.</source>
        <translation>Zeigt, wie das Produkt im Vergleich zu den üblichen Alternativen abschneidet.</translation>
    </message>
    <message>
        <source>Creative/Innovative</source>
        <translation>Kreativ/Innovativ</translation>
    </message>
    <message>
        <source>Highlights what is new and inventive about the product.</source>
        <translation>Hebt hervor, was an dem Produkt neu und einfallsreich ist.</translation>
    </message>
    <message>
        <source>Emotional Appeal</source>
        <translation>Emotional</translation>
    </message>
    <message>
        <source>Speaks to feelings: comfort, joy, confidence.</source>
        <translation>Spricht Gefühle an: Geborgenheit, Freude, Selbstvertrauen.</translation>
    </message>
    <message>
        <source>Immersive Storytelling</source>
        <translation>Eintauchendes Erzählen</translation>
    </message>
    <message>
        <source>Puts the viewer inside a scene where the product shines.</source>
        <translation>Versetzt die Zuschauer in eine Szene, in der das Produkt glänzt.</translation>
    </message>
    <message>
        <source>Storytime</source>
        <translation>Geschichtenzeit</translation>
    </message>
    <message>
        <source>A short, story-driven narration around the product.</source>
        <translation>Eine kurze Erzählung rund um das Produkt.</translation>
    </message>
    <message>
        <source>Light marketing</source>
        <translation>Leichtes Marketing</translation>
    </message>
    <message>
        <source>Soft, friendly promotion without a hard sell.</source>
        <translation>Sanfte, freundliche Werbung ohne Verkaufsdruck.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Junge Erwachsene</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Erwachsene</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senioren</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionell</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jung</translation>
    </message>
    <message>
        <source>Middle aged</source>
        <translation>Mittleres Alter</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Älter</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Making this video uses {cost} from your JoggAI account (1 credit per started 2 minutes of video).</source>
        <translation>Dieses Video kostet {cost} aus Ihrem JoggAI-Konto (1 Credit je angefangene 2 Minuten Video).</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>Kosten: {cost}</translation>
    </message>
</context>
<context>
    <name>CoverGrid</name>
    <message>
        <source>Preview of the selected item</source>
        <translation>Vorschau des gewählten Eintrags</translation>
    </message>
    <message>
        <source>Click an item to see it move.</source>
        <translation>Klicken Sie auf einen Eintrag, um ihn in Bewegung zu sehen.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>Entschuldigung – in Jogg Desktop ist etwas Unerwartetes passiert. Ihre bisherige Arbeit bleibt erhalten. Wenn das wieder vorkommt, kopieren Sie die Details unten und senden Sie sie an den Support. Sie enthalten keinen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1… %n s</source>
        <translation>
            <numerusform>%1… %n s</numerusform>
            <numerusform>%1… %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPicker</name>
    <message>
        <source>Products from the History</source>
        <translation>Produkte aus dem Verlauf</translation>
    </message>
    <message>
        <source>Products made before</source>
        <translation>Schon verwendete Produkte</translation>
    </message>
    <message>
        <source>Tick the products to make again (their pages are not read again):</source>
        <translation>Markieren Sie die Produkte, die Sie erneut verwenden möchten (ihre Seiten werden nicht erneut gelesen):</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Your videos</source>
        <translation>Ihre Videos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>No videos yet. Videos you make will be listed here.</source>
        <translation>Noch keine Videos. Videos, die Sie erstellen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the video in your usual video player</source>
        <translation>Video im gewohnten Videoplayer öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Erneut herunterladen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>Erstellungsdauer: %1</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>Eine Kopie des Videos speichern</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie gespeichert als %1</translation>
    </message>
    <message>
        <source>Checking the video in JoggAI…</source>
        <translation>Das Video wird in JoggAI geprüft…</translation>
    </message>
    <message>
        <source>Downloaded again.</source>
        <translation>Erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Delete from the list?</source>
        <translation>Aus der Liste löschen?</translation>
    </message>
    <message>
        <source>Remove “%1” from your videos? The saved video file is kept.</source>
        <translation>„%1“ aus Ihren Videos entfernen? Die gespeicherte Videodatei bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Welcome to Jogg Desktop</source>
        <translation>Willkommen bei Jogg Desktop</translation>
    </message>
    <message>
        <source>Turn a product page into a marketing video in a few clicks. To start, paste your JoggAI API key. You find it in the JoggAI app: click your avatar (top right), then &lt;b&gt;API&lt;/b&gt;, and copy the key.</source>
        <translation>Machen Sie mit wenigen Klicks aus einer Produktseite ein Werbevideo. Fügen Sie zuerst Ihren JoggAI-API-Schlüssel ein. Sie finden ihn in der JoggAI-App: Klicken Sie oben rechts auf Ihren Avatar, dann auf &lt;b&gt;API&lt;/b&gt;, und kopieren Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>API-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>JoggAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Schlüssel beim Eingeben zeigen</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>Schlüssel prüfen und speichern</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Status des Schlüssels</translation>
    </message>
    <message>
        <source>Forget the saved key</source>
        <translation>Gespeicherten Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Forget the saved API key</source>
        <translation>Gespeicherten API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>No key yet? Try the app with the built-in demo shop: nothing is charged.</source>
        <translation>Noch kein Schlüssel? Probieren Sie die App mit dem eingebauten Demo-Shop aus – es wird nichts berechnet.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Ihr Schlüssel wird bei JoggAI geprüft…</translation>
    </message>
    <message>
        <source>Key accepted (%1).</source>
        <translation>Schlüssel angenommen (%1).</translation>
    </message>
    <message>
        <source>Key accepted.</source>
        <translation>Schlüssel angenommen.</translation>
    </message>
    <message>
        <source>Your API key is forgotten: it is no longer saved on this computer. Paste it again to make videos.</source>
        <translation>Ihr API-Schlüssel ist vergessen: Er ist nicht mehr auf diesem Computer gespeichert. Fügen Sie ihn erneut ein, um Videos zu erstellen.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed and nothing is saved.</source>
        <translation>Sie nutzen die Demo: Es ist kein Schlüssel nötig und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Your key is kept for this session only — you will need to paste it again next time.</source>
        <translation>Ihr Schlüssel gilt nur für diese Sitzung – beim nächsten Mal müssen Sie ihn erneut einfügen.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the script and the voice. Type to search.</source>
        <translation>Die Sprache von Skript und Stimme. Tippen Sie, um zu suchen.</translation>
    </message>
    <message>
        <source>Matching languages</source>
        <translation>Passende Sprachen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Sprachen durchsuchen</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Paste the link of the product page you want a video for — your shop, Amazon, Shopify, Etsy… JoggAI reads the name, description and pictures from it.</source>
        <translation>Fügen Sie den Link der Produktseite ein, für die Sie ein Video möchten – Ihr Shop, Amazon, Shopify, Etsy… JoggAI liest daraus Name, Beschreibung und Bilder.</translation>
    </message>
    <message>
        <source>https://your-shop.com/products/…</source>
        <translation>https://ihr-shop.de/produkte/…</translation>
    </message>
    <message>
        <source>Product page link</source>
        <translation>Link zur Produktseite</translation>
    </message>
    <message>
        <source>Product page &amp;link</source>
        <translation>&amp;Link zur Produktseite</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Analyze the product page</source>
        <translation>Produktseite analysieren</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problem mit dem Link</translation>
    </message>
    <message>
        <source>Enter the product details myself</source>
        <translation>Produktdaten selbst eingeben</translation>
    </message>
    <message>
        <source>Demo shop products — click one to use it:</source>
        <translation>Produkte aus dem Demo-Shop – klicken Sie eines an:</translation>
    </message>
    <message>
        <source>No link, or the page cannot be read?</source>
        <translation>Kein Link, oder die Seite lässt sich nicht lesen?</translation>
    </message>
    <message>
        <source>Many products? Make them all at once…</source>
        <translation>Viele Produkte? Erstellen Sie alle auf einmal…</translation>
    </message>
    <message>
        <source>Which product is the video for?</source>
        <translation>Für welches Produkt ist das Video?</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Produktseite wird gelesen</translation>
    </message>
    <message>
        <source>This usually takes 10 to 30 seconds. Esc stops it.</source>
        <translation>Das dauert meist 10 bis 30 Sekunden. Esc bricht ab.</translation>
    </message>
    <message>
        <source>This is not a web page link. Copy the product page&apos;s address from your browser — for example https://your-shop.com/products/mug.</source>
        <translation>Das ist kein Link zu einer Webseite. Kopieren Sie die Adresse der Produktseite aus Ihrem Browser – zum Beispiel https://ihr-shop.de/produkte/tasse.</translation>
    </message>
    <message>
        <source>Stopped. You can change the link and try again.</source>
        <translation>Angehalten. Sie können den Link ändern und es erneut versuchen.</translation>
    </message>
    <message>
        <source>Please paste the link of a product page.</source>
        <translation>Bitte fügen Sie den Link einer Produktseite ein.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Das sieht nicht nach einer Webadresse aus. Kopieren Sie den ganzen Link aus der Adresszeile Ihres Browsers.</translation>
    </message>
    <message>
        <source>This link has no website name. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Diesem Link fehlt der Name der Website. Kopieren Sie den ganzen Link aus der Adresszeile Ihres Browsers.</translation>
    </message>
    <message>
        <source>This looks like a shop&apos;s front page or a list of products. JoggAI makes a video of one product: paste that product&apos;s own page for the best result.</source>
        <translation>Das sieht nach der Startseite eines Shops oder einer Produktliste aus. JoggAI erstellt ein Video zu einem Produkt: Fügen Sie für das beste Ergebnis die Seite dieses Produkts ein.</translation>
    </message>
    <message>
        <source>Use the demo product %1</source>
        <translation>Demo-Produkt %1 verwenden</translation>
    </message>
</context>
<context>
    <name>LookChooser</name>
    <message>
        <source>Visual style</source>
        <translation>Visueller Stil</translation>
    </message>
    <message>
        <source>Use a visual style</source>
        <translation>Visuellen Stil verwenden</translation>
    </message>
    <message>
        <source>JoggAI lays out your product and the avatar in a ready-made style.</source>
        <translation>JoggAI setzt Ihr Produkt und den Avatar in einem fertigen Stil in Szene.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <source>Use a template from JoggAI&apos;s library or one you made.</source>
        <translation>Eine Vorlage aus der JoggAI-Bibliothek oder eine eigene verwenden.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>JoggAI arranges your product images and the avatar in this style.</source>
        <translation>JoggAI ordnet Ihre Produktbilder und den Avatar in diesem Stil an.</translation>
    </message>
    <message>
        <source>Pick a template: its layout is used instead of a visual style.</source>
        <translation>Wählen Sie eine Vorlage: Ihr Layout ersetzt den visuellen Stil.</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>Vorlage {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>No template for this aspect ratio.</source>
        <translation>Keine Vorlage für dieses Seitenverhältnis.</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Product pictures and videos</source>
        <translation>Produktbilder und -videos</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it.</source>
        <translation>Ziehen zum Umsortieren, Strg+Links oder Strg+Rechts verschiebt den gewählten Eintrag, Entf entfernt ihn.</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Wird hochgeladen… %1 %</translation>
    </message>
    <message>
        <source>Link doesn&apos;t load</source>
        <translation>Link lädt nicht</translation>
    </message>
    <message>
        <source>Nothing could be loaded from this link. Remove it, or add a working one.</source>
        <translation>Über diesen Link ließ sich nichts laden. Entfernen Sie ihn oder fügen Sie einen funktionierenden hinzu.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
</context>
<context>
    <name>MusicList</name>
    <message>
        <source>Background music</source>
        <translation>Hintergrundmusik</translation>
    </message>
    <message>
        <source>No music</source>
        <translation>Keine Musik</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Track {id}</source>
        <translation>Titel {id}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Jogg Desktop</source>
        <translation>Jogg Desktop zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>Ihr Video ist fertig</translation>
    </message>
    <message>
        <source>“%1” is ready to watch and save.</source>
        <translation>„%1“ ist fertig – Sie können es ansehen und speichern.</translation>
    </message>
    <message>
        <source>Your video could not be made</source>
        <translation>Ihr Video konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>“%1” failed. Open Jogg Desktop to see why and what to do.</source>
        <translation>„%1“ ist fehlgeschlagen. Öffnen Sie Jogg Desktop, um zu sehen, warum und was Sie tun können.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Jogg Desktop is still working</source>
        <translation>Jogg Desktop arbeitet weiter</translation>
    </message>
    <message>
        <source>Your videos are still being made. Jogg Desktop tells you when they are ready; use its icon here to show it again or to quit.</source>
        <translation>Ihre Videos werden weiter erstellt. Jogg Desktop sagt Bescheid, wenn sie fertig sind; über das Symbol hier können Sie das Fenster wieder zeigen oder die App beenden.</translation>
    </message>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation>
            <numerusform>Jogg Desktop – %n Video in Arbeit</numerusform>
            <numerusform>Jogg Desktop – %n Videos in Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Jogg Desktop</source>
        <translation>Jogg Desktop</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PlayableList</name>
    <message>
        <source>Press Space to hear a sample of the selected row.</source>
        <translation>Drücken Sie die Leertaste, um eine Hörprobe der gewählten Zeile zu hören.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Folder for new videos</source>
        <translation>Ordner für neue Videos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the folder for new videos</source>
        <translation>Ordner für neue Videos auswählen</translation>
    </message>
    <message>
        <source>Save new videos in</source>
        <translation>Neue Videos speichern in</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Jogg Desktop.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Jogg Desktop.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation>Benachrichtigen, wenn ein Video fertig oder fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>JoggAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Where Jogg Desktop keeps its files</source>
        <translation>Wo Jogg Desktop seine Dateien ablegt</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Videos list and data</source>
        <translation>Videoliste und Daten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the folder: %1</source>
        <translation>Ordner öffnen: %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>JoggAI API generation</source>
        <translation>Generation der JoggAI-API</translation>
    </message>
    <message>
        <source>Current (v2, recommended)</source>
        <translation>Aktuell (v2, empfohlen)</translation>
    </message>
    <message>
        <source>Previous (v1)</source>
        <translation>Vorherige (v1)</translation>
    </message>
    <message>
        <source>Which generation of JoggAI&apos;s API new videos use. Keep the current one unless JoggAI support asks otherwise.</source>
        <translation>Mit welcher Generation der JoggAI-API neue Videos erstellt werden. Behalten Sie die aktuelle, solange der JoggAI-Support nichts anderes empfiehlt.</translation>
    </message>
    <message>
        <source>JoggAI API</source>
        <translation>JoggAI-API</translation>
    </message>
    <message>
        <source>No file manager opened it: the folder&apos;s path is copied, paste it into your file manager.</source>
        <translation>Kein Dateimanager hat den Ordner geöffnet: Sein Pfad ist kopiert – fügen Sie ihn in Ihren Dateimanager ein.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed.</source>
        <translation>Sie nutzen die Demo: Es ist kein Schlüssel nötig.</translation>
    </message>
    <message>
        <source>A key is set up.</source>
        <translation>Ein Schlüssel ist eingerichtet.</translation>
    </message>
    <message>
        <source>No key is set up yet.</source>
        <translation>Noch kein Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Ihr Schlüssel wird bei JoggAI geprüft…</translation>
    </message>
    <message>
        <source>Your key works (account: %1).</source>
        <translation>Ihr Schlüssel funktioniert (Konto: %1).</translation>
    </message>
    <message>
        <source>Your key works.</source>
        <translation>Ihr Schlüssel funktioniert.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Saved settings:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Saved settings</source>
        <translation>Gespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch nichts gespeichert</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Save these settings…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This name is already taken by other saved settings. Choose another name.</source>
        <translation>Dieser Name ist schon für andere gespeicherte Einstellungen vergeben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Diese Einstellungen speichern</translation>
    </message>
    <message>
        <source>A name for these settings (e.g. “Summer sale, portrait”):</source>
        <translation>Ein Name für diese Einstellungen (z. B. „Sommerschlussverkauf, Hochformat“):</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Replace saved settings?</source>
        <translation>Gespeicherte Einstellungen ersetzen?</translation>
    </message>
    <message>
        <source>There are saved settings called “%1” already. Replace them with these settings?</source>
        <translation>Es gibt bereits gespeicherte Einstellungen namens „%1“. Durch diese Einstellungen ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Anderen Namen wählen</translation>
    </message>
    <message>
        <source>Rename saved settings</source>
        <translation>Gespeicherte Einstellungen umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete saved settings?</source>
        <translation>Gespeicherte Einstellungen löschen?</translation>
    </message>
    <message>
        <source>Delete the saved settings “%1”? Your videos are not affected.</source>
        <translation>Die gespeicherten Einstellungen „%1“ löschen? Ihre Videos bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>e.g. Ceramic coffee mug, 350 ml</source>
        <translation>z. B. Kaffeetasse aus Keramik, 350 ml</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>Produktbeschreibung</translation>
    </message>
    <message>
        <source>What it is, what it does, why people love it</source>
        <translation>Was es ist, was es kann, warum Kunden es lieben</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>e.g. coffee lovers who work from home</source>
        <translation>z. B. Kaffeeliebhaber im Homeoffice</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Target &amp;audience</source>
        <translation>&amp;Zielgruppe</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Bilder und Videos</translation>
    </message>
    <message>
        <source>Description of the selected picture or video</source>
        <translation>Beschreibung des gewählten Bilds oder Videos</translation>
    </message>
    <message>
        <source>Describe the selected picture or video (optional, helps JoggAI use it well)</source>
        <translation>Beschreiben Sie das gewählte Bild oder Video (optional, hilft JoggAI, es gut einzusetzen)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add pictures or videos from this computer</source>
        <translation>Bilder oder Videos von diesem Computer hinzufügen</translation>
    </message>
    <message>
        <source>Link to a picture or video</source>
        <translation>Link zu einem Bild oder Video</translation>
    </message>
    <message>
        <source>https://… link to a picture or video</source>
        <translation>https://… Link zu einem Bild oder Video</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Add the picture or video at this link</source>
        <translation>Bild oder Video unter diesem Link hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected picture or video</source>
        <translation>Gewähltes Bild oder Video entfernen</translation>
    </message>
    <message>
        <source>Move the selected item earlier</source>
        <translation>Gewählten Eintrag nach vorne verschieben</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+Left)</source>
        <translation>Nach vorne (Strg+Links)</translation>
    </message>
    <message>
        <source>Move the selected item later</source>
        <translation>Gewählten Eintrag nach hinten verschieben</translation>
    </message>
    <message>
        <source>Move later (Ctrl+Right)</source>
        <translation>Nach hinten (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>Upload-Status</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: put the removed item back</source>
        <translation>Rückgängig: entfernten Eintrag zurücklegen</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Zurücklegen (Strg+Z)</translation>
    </message>
    <message>
        <source>Remove links that don&apos;t load</source>
        <translation>Nicht ladende Links entfernen</translation>
    </message>
    <message>
        <source>Remove every link that doesn&apos;t load</source>
        <translation>Alle Links entfernen, die nicht laden</translation>
    </message>
    <message>
        <source>Drag to reorder (the first ones matter most), or drop files here.</source>
        <translation>Ziehen zum Ordnen (vorne zählt mehr) oder Dateien hier ablegen.</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Tell us about your product</source>
        <translation>Erzählen Sie uns von Ihrem Produkt</translation>
    </message>
    <message>
        <source>Check the product details</source>
        <translation>Produktdaten prüfen</translation>
    </message>
    <message>
        <source>Add the product&apos;s name.</source>
        <translation>Geben Sie den Namen des Produkts ein.</translation>
    </message>
    <message>
        <source>Add a short description: JoggAI writes the video&apos;s script from it.</source>
        <translation>Fügen Sie eine kurze Beschreibung hinzu: Daraus schreibt JoggAI das Skript des Videos.</translation>
    </message>
    <message>
        <source>Add at least one picture or video of the product.</source>
        <translation>Fügen Sie mindestens ein Bild oder Video des Produkts hinzu.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name and a short description, and add a few pictures.</source>
        <translation>Geben Sie den Namen des Produkts und eine kurze Beschreibung ein und fügen Sie ein paar Bilder hinzu.</translation>
    </message>
    <message>
        <source>This is what JoggAI found on the page. Fix anything that is wrong, and choose the pictures and videos for the video.</source>
        <translation>Das hat JoggAI gefunden. Korrigieren Sie Fehler und wählen Sie die Bilder und Videos.</translation>
    </message>
    <message>
        <source>JoggAI found no pictures on this page. If it is a shop&apos;s front page or a list of products, go back and paste one product&apos;s own page; or add pictures below.</source>
        <translation>JoggAI hat auf dieser Seite keine Bilder gefunden. Wenn es die Startseite eines Shops oder eine Produktliste ist, gehen Sie zurück und fügen Sie die Seite eines einzelnen Produkts ein – oder fügen Sie unten Bilder hinzu.</translation>
    </message>
    <message>
        <source>Saving the product details…</source>
        <translation>Produktdaten werden gespeichert…</translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation>Bilder oder Videos hinzufügen</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Bilder und Videos (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes videos up to %2 MB).</source>
        <translation>„%1“ ist zu groß (JoggAI nimmt Videos bis %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes pictures up to %2 MB).</source>
        <translation>„%1“ ist zu groß (JoggAI nimmt Bilder bis %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPG, PNG, WebP, GIF) or video (MP4, WebM, MOV).</source>
        <translation>„%1“ ist kein Bild (JPG, PNG, WebP, GIF) und kein Video (MP4, WebM, MOV).</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded. %2</source>
        <translation>„%1“ konnte nicht hochgeladen werden. %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hochgeladen…</numerusform>
            <numerusform>%n Dateien werden hochgeladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) don&apos;t load: JoggAI could not use them either.</source>
        <translation>
            <numerusform>%n Link lädt nicht: Auch JoggAI könnte ihn nicht verwenden.</numerusform>
            <numerusform>%n Links laden nicht: Auch JoggAI könnte sie nicht verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>the item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Paste the whole link of a picture or video, e.g. https://your-shop.com/mug.jpg.</source>
        <translation>Fügen Sie den vollständigen Link eines Bilds oder Videos ein, z. B. https://ihr-shop.de/tasse.jpg.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Speichern und weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>You can close this window: JoggAI keeps making your video, and the app picks it up again the next time you open it.</source>
        <translation>Sie können dieses Fenster schließen: JoggAI erstellt Ihr Video weiter, und die App holt es beim nächsten Öffnen ab.</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Back to the video settings</source>
        <translation>Zurück zu den Videoeinstellungen</translation>
    </message>
    <message>
        <source>Start another video</source>
        <translation>Weiteres Video starten</translation>
    </message>
    <message>
        <source>Start another video while this one is made</source>
        <translation>Ein weiteres Video starten, während dieses erstellt wird</translation>
    </message>
    <message>
        <source>Your video is ready!</source>
        <translation>Ihr Video ist fertig!</translation>
    </message>
    <message>
        <source>Save video…</source>
        <translation>Video speichern…</translation>
    </message>
    <message>
        <source>Save the video to a file</source>
        <translation>Video als Datei speichern</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Speicherfortschritt</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>Ordner mit dem Video öffnen</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the video&apos;s link</source>
        <translation>Link zum Video kopieren</translation>
    </message>
    <message>
        <source>Make another video</source>
        <translation>Noch ein Video erstellen</translation>
    </message>
    <message>
        <source>Make another video with the same settings</source>
        <translation>Noch ein Video mit denselben Einstellungen erstellen</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Ihr Video</translation>
    </message>
    <message>
        <source>Did JoggAI start your video?</source>
        <translation>Hat JoggAI Ihr Video gestartet?</translation>
    </message>
    <message>
        <source>Your video was not made</source>
        <translation>Ihr Video wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Video cancelled</source>
        <translation>Video abgebrochen</translation>
    </message>
    <message>
        <source>Making your video</source>
        <translation>Ihr Video wird erstellt</translation>
    </message>
    <message>
        <source>Watch it here, save a copy where you like, or make another one.</source>
        <translation>Sehen Sie es sich hier an, speichern Sie eine Kopie, wo Sie möchten, oder erstellen Sie ein weiteres.</translation>
    </message>
    <message>
        <source>JoggAI makes your video on its own computers; this page shows how far it is.</source>
        <translation>JoggAI erstellt Ihr Video auf eigenen Rechnern; hier sehen Sie, wie weit es ist.</translation>
    </message>
    <message>
        <source>This video was cancelled. Nothing more happens with it.</source>
        <translation>Dieses Video wurde abgebrochen. Damit passiert nichts weiter.</translation>
    </message>
    <message>
        <source>JoggAI made your video; only getting it to this computer failed.</source>
        <translation>JoggAI hat Ihr Video erstellt; nur das Herunterladen auf diesen Computer ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no product to make a video of yet. Go back and choose one.</source>
        <translation>Es gibt noch kein Produkt für ein Video. Gehen Sie zurück und wählen Sie eines.</translation>
    </message>
    <message>
        <source>The app could not open its list of videos, so it cannot make one now. Please restart the app.</source>
        <translation>Die App konnte ihre Videoliste nicht öffnen und kann deshalb gerade kein Video erstellen. Bitte starten Sie die App neu.</translation>
    </message>
    <message>
        <source>Sending your video request to JoggAI…</source>
        <translation>Ihr Videoauftrag wird an JoggAI gesendet…</translation>
    </message>
    <message>
        <source>Downloading your video… %1</source>
        <translation>Ihr Video wird heruntergeladen… %1</translation>
    </message>
    <message>
        <source>Trying again uses {cost}.</source>
        <translation>Ein neuer Versuch kostet {cost}.</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Videodatei</translation>
    </message>
    <message>
        <source>Creating your video…</source>
        <translation>Ihr Video wird angelegt…</translation>
    </message>
    <message>
        <source>Your video is ready. Getting it…</source>
        <translation>Ihr Video ist fertig. Es wird abgeholt…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue…</source>
        <translation>Wartet in der Warteschlange von JoggAI…</translation>
    </message>
    <message>
        <source>Downloading your video…</source>
        <translation>Ihr Video wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Downloading your video… {p}%</source>
        <translation>Ihr Video wird heruntergeladen… {p} %</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Gespeichert als {name}</translation>
    </message>
    <message>
        <source>Downloaded as {name}</source>
        <translation>Heruntergeladen als {name}</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>Video speichern</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Video saved to {path}</source>
        <translation>Video gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The video&apos;s link is copied. Paste it anywhere.</source>
        <translation>Der Link zum Video ist kopiert. Sie können ihn überall einfügen.</translation>
    </message>
    <message>
        <source>Time so far: {elapsed} — videos usually take 1 to 10 minutes.</source>
        <translation>Bisher: {elapsed} – Videos brauchen meist 1 bis 10 Minuten.</translation>
    </message>
</context>
<context>
    <name>ScriptStyleList</name>
    <message>
        <source>Script style</source>
        <translation>Skriptstil</translation>
    </message>
</context>
<context>
    <name>ScriptSuggester</name>
    <message>
        <source>Suggest a script…</source>
        <translation>Skript vorschlagen lassen…</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for this product in several styles (%1 credit each time you ask).</source>
        <translation>JoggAI schreibt Skripte für dieses Produkt in mehreren Stilen (%1 Credits pro Anfrage).</translation>
    </message>
    <message>
        <source>For “%1”, in %2, for a video of %3.</source>
        <translation>Für „%1“, auf %2, für ein Video von %3.</translation>
    </message>
    <message>
        <source>your product</source>
        <translation>Ihr Produkt</translation>
    </message>
    <message>
        <source>Enter the product&apos;s details first.</source>
        <translation>Geben Sie zuerst die Produktangaben ein.</translation>
    </message>
    <message>
        <source>Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again (free)” shows them when they are ready.</source>
        <translation>Warten beendet. JoggAI schreibt die angefragten Skripte weiter: „Erneut nachsehen (kostenlos)“ zeigt sie, sobald sie fertig sind.</translation>
    </message>
    <message>
        <source>Stopped waiting. If JoggAI had the request already, its %1 credit is used.</source>
        <translation>Warten beendet. Falls JoggAI die Anfrage schon erhalten hatte, sind die %1 Credits verbraucht.</translation>
    </message>
    <message>
        <source>Replace your script?</source>
        <translation>Ihr Skript ersetzen?</translation>
    </message>
    <message>
        <source>Your script box already has text. Replace it with this suggestion? (Ctrl+Z in the box brings your text back.)</source>
        <translation>Ihr Skriptfeld enthält bereits Text. Durch diesen Vorschlag ersetzen? (Strg+Z im Feld holt Ihren Text zurück.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep my script</source>
        <translation>Mein Skript behalten</translation>
    </message>
</context>
<context>
    <name>ScriptSuggestionsDialog</name>
    <message>
        <source>Suggest a script</source>
        <translation>Skript vorschlagen lassen</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for your product in several styles. Pick one to put it in your script box, where you can still change it.</source>
        <translation>JoggAI schreibt Skripte für Ihr Produkt in mehreren Stilen. Wählen Sie eines aus, um es in Ihr Skriptfeld zu übernehmen, wo Sie es noch ändern können.</translation>
    </message>
    <message>
        <source>Note: JoggAI may still rewrite the narration of a product video, even when you give it a script.</source>
        <translation>Hinweis: JoggAI kann den Sprechtext eines Produktvideos trotzdem umschreiben, auch wenn Sie ein Skript vorgeben.</translation>
    </message>
    <message>
        <source>Ask again (%1 credit)</source>
        <translation>Erneut fragen (%1 Credits)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Each time you ask, JoggAI charges %1 credit.</source>
        <translation>Jede Anfrage kostet bei JoggAI %1 Credits.</translation>
    </message>
    <message>
        <source>Ask JoggAI (%1 credit)</source>
        <translation>JoggAI fragen (%1 Credits)</translation>
    </message>
    <message>
        <source>Look again (free)</source>
        <translation>Erneut nachsehen (kostenlos)</translation>
    </message>
    <message>
        <source>Shows the scripts you already asked for, once JoggAI has written them. Nothing is charged.</source>
        <translation>Zeigt die bereits angefragten Skripte, sobald JoggAI sie geschrieben hat. Es wird nichts berechnet.</translation>
    </message>
    <message>
        <source>JoggAI is writing scripts for your product… This usually takes less than a minute.</source>
        <translation>JoggAI schreibt Skripte für Ihr Produkt… Das dauert meist weniger als eine Minute.</translation>
    </message>
    <message>
        <source>Waiting for JoggAI</source>
        <translation>Warten auf JoggAI</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stopping does not give back the %1 credit: JoggAI has the request already.</source>
        <translation>Abbrechen erstattet die %1 Credits nicht: JoggAI hat die Anfrage bereits.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Länge: %1</translation>
    </message>
    <message>
        <source>Video name</source>
        <translation>Videoname</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Your own script</source>
        <translation>Ihr eigenes Skript</translation>
    </message>
    <message>
        <source>Leave empty and JoggAI writes the script from your product details.</source>
        <translation>Lassen Sie das Feld leer, dann schreibt JoggAI das Skript aus Ihren Produktdaten.</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>(JoggAI&apos;s videos often run a few seconds longer)</source>
        <translation>(JoggAI-Videos sind oft etwas länger)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Show captions</source>
        <translation>Untertitel zeigen</translation>
    </message>
    <message>
        <source>Subtitles in the video: the script as text on screen</source>
        <translation>Untertitel im Video: das Skript als Text im Bild</translation>
    </message>
    <message>
        <source>Optional: a name to find this video by in JoggAI</source>
        <translation>Optional: ein Name, unter dem Sie dieses Video in JoggAI finden</translation>
    </message>
    <message>
        <source>&amp;Language of the script and the voice:</source>
        <translation>&amp;Sprache von Skript und Stimme:</translation>
    </message>
    <message>
        <source>Script &amp;style:</source>
        <translation>Skript&amp;stil:</translation>
    </message>
    <message>
        <source>Your &amp;own script for this product (optional; JoggAI may shorten it to fit the length):</source>
        <translation>Ihr &amp;eigenes Skript für dieses Produkt (optional; JoggAI kürzt es eventuell passend zur Länge):</translation>
    </message>
    <message>
        <source>How the video speaks: its language, its style, or your own words.</source>
        <translation>Wie das Video spricht: Sprache, Stil oder Ihr eigener Text.</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Avatar wählen</translation>
    </message>
    <message>
        <source>The presenter of your video. Click one to see it move; filters narrow the list.</source>
        <translation>Die Person, die Ihr Video präsentiert. Klicken Sie auf einen Avatar, um ihn in Bewegung zu sehen; Filter grenzen die Liste ein.</translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation>Stimme wählen</translation>
    </message>
    <message>
        <source>Voices for the script&apos;s language. Press Space or a row&apos;s play button to hear one.</source>
        <translation>Stimmen für die Sprache des Skripts. Drücken Sie die Leertaste oder die Wiedergabetaste einer Zeile, um eine anzuhören.</translation>
    </message>
    <message>
        <source>Choose background music</source>
        <translation>Hintergrundmusik wählen</translation>
    </message>
    <message>
        <source>Press Space or a row&apos;s play button to hear a track.</source>
        <translation>Drücken Sie die Leertaste oder die Wiedergabetaste einer Zeile, um einen Titel anzuhören.</translation>
    </message>
    <message>
        <source>Choose the look</source>
        <translation>Look wählen</translation>
    </message>
    <message>
        <source>A visual style for this format, or one of your templates.</source>
        <translation>Ein visueller Stil für dieses Format oder eine Ihrer Vorlagen.</translation>
    </message>
    <message>
        <source>This sample could not be played.</source>
        <translation>Diese Hörprobe konnte nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Videoeinstellungen</translation>
    </message>
    <message>
        <source>Choose how your video looks and sounds. You can see the cost before you start.</source>
        <translation>Legen Sie fest, wie Ihr Video aussieht und klingt. Die Kosten sehen Sie, bevor Sie starten.</translation>
    </message>
    <message>
        <source>Make video ({cost})</source>
        <translation>Video erstellen ({cost})</translation>
    </message>
    <message>
        <source>Pick an avatar to present your product.</source>
        <translation>Wählen Sie einen Avatar, der Ihr Produkt präsentiert.</translation>
    </message>
    <message>
        <source>Pick a template, or choose a visual style instead.</source>
        <translation>Wählen Sie eine Vorlage oder stattdessen einen visuellen Stil.</translation>
    </message>
    <message>
        <source>{old} has no {format} version: {new} is chosen instead.</source>
        <translation>{old} gibt es nicht im Format {format}: Stattdessen ist {new} gewählt.</translation>
    </message>
    <message>
        <source>JoggAI chooses a voice that matches the avatar</source>
        <translation>JoggAI wählt eine Stimme, die zum Avatar passt</translation>
    </message>
    <message>
        <source>Your own script: “{start}”</source>
        <translation>Ihr eigenes Skript: „{start}“</translation>
    </message>
    <message>
        <source>No avatar chosen yet</source>
        <translation>Noch kein Avatar gewählt</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>Avatar {id}</translation>
    </message>
    <message>
        <source>Visual style: {title}</source>
        <translation>Visueller Stil: {title}</translation>
    </message>
    <message>
        <source>Template: {name}</source>
        <translation>Vorlage: {name}</translation>
    </message>
    <message>
        <source>No template for this format yet: pick one or a visual style</source>
        <translation>Noch keine Vorlage für dieses Format: Wählen Sie eine oder einen visuellen Stil</translation>
    </message>
    <message>
        <source>Loading avatars…</source>
        <translation>Avatare werden geladen…</translation>
    </message>
    <message>
        <source>Loading music…</source>
        <translation>Musik wird geladen…</translation>
    </message>
    <message>
        <source>Loading visual styles and templates…</source>
        <translation>Visuelle Stile und Vorlagen werden geladen…</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Stimmen werden geladen…</translation>
    </message>
    <message>
        <source>Could not load this list. Use “Try again” above.</source>
        <translation>Diese Liste konnte nicht geladen werden. Nutzen Sie oben „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Your own {what} could not be loaded; the JoggAI library is shown.</source>
        <translation>Ihre eigenen {what} konnten nicht geladen werden; die JoggAI-Bibliothek wird angezeigt.</translation>
    </message>
    <message>
        <source>avatars</source>
        <translation>Avatare</translation>
    </message>
    <message>
        <source>No voices for this language: JoggAI will choose one.</source>
        <translation>Keine Stimmen für diese Sprache: JoggAI wählt eine aus.</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>music</source>
        <translation>Musiktitel</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Visual styles</source>
        <translation>Visuelle Stile</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Suggested script in the style %1</source>
        <translation>Vorgeschlagenes Skript im Stil %1</translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation>Dieses Skript verwenden</translation>
    </message>
    <message>
        <source>Use the %1 script</source>
        <translation>Das Skript „%1“ verwenden</translation>
    </message>
</context>
<context>
    <name>VariantsGrid</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatare</translation>
    </message>
    <message>
        <source>avatar ids, e.g. 81, 412 (custom:7 for your own)</source>
        <translation>Avatar-IDs, z. B. 81, 412 (custom:7 für eigene)</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>voice ids, e.g. en-US-JennyNeural</source>
        <translation>Stimmen-IDs, z. B. en-US-JennyNeural</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>Looks</translation>
    </message>
    <message>
        <source>e.g. style:Split, template:12</source>
        <translation>z. B. style:Split, template:12</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>Längen</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Video player</source>
        <translation>Videoplayer</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position im Video</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>No sound device found: the video plays without sound.</source>
        <translation>Kein Audiogerät gefunden: Das Video wird ohne Ton abgespielt.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
</context>
<context>
    <name>VoiceList</name>
    <message>
        <source>Voice gender</source>
        <translation>Geschlecht der Stimme</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Jedes Geschlecht</translation>
    </message>
    <message>
        <source>Voice age</source>
        <translation>Alter der Stimme</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Let JoggAI choose a voice</source>
        <translation>JoggAI eine Stimme wählen lassen</translation>
    </message>
    <message>
        <source>matches the avatar</source>
        <translation>passt zum Avatar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>No web browser could be opened from here. The address is copied: paste it into your browser: {url}</source>
        <translation>Von hier aus ließ sich kein Webbrowser öffnen. Die Adresse ist kopiert – fügen Sie sie in Ihren Browser ein: {url}</translation>
    </message>
    <message>
        <source>No file manager could be opened from here. The folder&apos;s path is copied: {path}</source>
        <translation>Von hier aus ließ sich kein Dateimanager öffnen. Der Pfad des Ordners ist kopiert: {path}</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Product link</source>
        <translation>Produktlink</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Produktdaten</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Videoeinstellungen</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Ihr Video</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Demo mode: a built-in simulator, nothing is charged.</source>
        <translation>Demo-Modus: ein eingebauter Simulator, es wird nichts berechnet.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Forget your API key?</source>
        <translation>API-Schlüssel vergessen?</translation>
    </message>
    <message>
        <source>The app forgets your JoggAI API key and removes it from this computer. To make videos again you paste it again (in JoggAI: your avatar → API).</source>
        <translation>Die App vergisst Ihren JoggAI-API-Schlüssel und entfernt ihn von diesem Computer. Um wieder Videos zu erstellen, fügen Sie ihn erneut ein (in JoggAI: Ihr Avatar → API).</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Jogg Desktop</source>
        <translation>Jogg Desktop</translation>
    </message>
    <message>
        <source>&amp;Jogg</source>
        <translation>&amp;Jogg</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>API-Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>API-Schlüssel vergessen</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO – %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Make many videos…</source>
        <translation>Viele Videos erstellen…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your videos appear here once your API key is set up.</source>
        <translation>Ihre Videos erscheinen hier, sobald Ihr API-Schlüssel eingerichtet ist.</translation>
    </message>
    <message>
        <source>Set up your API key first, then make many videos at once.</source>
        <translation>Richten Sie zuerst Ihren API-Schlüssel ein, dann können Sie viele Videos auf einmal erstellen.</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no API key.</source>
        <translation>Diagnosedaten kopiert. Sie enthalten keinen API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Play sample of {name}</source>
        <translation>Hörprobe von {name} abspielen</translation>
    </message>
    <message>
        <source>Play a sample (Space)</source>
        <translation>Hörprobe abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Stop sample of {name}</source>
        <translation>Hörprobe von {name} stoppen</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>square</source>
        <translation>Quadrat</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>JoggAI API version (advanced)</source>
        <translation>JoggAI-API-Version (erweitert)</translation>
    </message>
    <message>
        <source>v2 — JoggAI&apos;s current API (recommended)</source>
        <translation>v2 – die aktuelle API von JoggAI (empfohlen)</translation>
    </message>
    <message>
        <source>v1 — the older API (templates, 16 script styles)</source>
        <translation>v1 – die ältere API (Vorlagen, 16 Skriptstile)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>JoggAI asked us to slow down — trying again now…</source>
        <translation>JoggAI bittet um etwas Geduld – neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>JoggAI asked us to slow down — waiting {n} s before the next try.</source>
        <translation>JoggAI bittet um etwas Geduld – nächster Versuch in {n} s.</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — trying again now…</source>
        <translation>JoggAI ist nicht erreichbar – neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — still trying (next try in {n} s).</source>
        <translation>JoggAI ist nicht erreichbar – neuer Versuch in {n} s.</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — trying again now…</source>
        <translation>JoggAI hat ein Problem – neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — still trying (next try in {n} s).</source>
        <translation>JoggAI hat ein Problem – neuer Versuch in {n} s.</translation>
    </message>
</context>
</TS>
