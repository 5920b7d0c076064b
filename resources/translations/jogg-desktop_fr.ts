<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation>
            <numerusform>Reprise de %n vidéo de la dernière fois.</numerusform>
            <numerusform>Reprise de %n vidéos de la dernière fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation>
            <numerusform>%n demande de vidéo n’a pas pu être confirmée à l’arrêt de l’application : vérifiez vos vidéos dans JoggAI avant de réessayer.</numerusform>
            <numerusform>%n demandes de vidéo n’ont pas pu être confirmées à l’arrêt de l’application : vérifiez vos vidéos dans JoggAI avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The History window shows how they are doing.</source>
        <translation>L’historique montre où elles en sont.</translation>
    </message>
    <message>
        <source>The videos from last time are finished: see History.</source>
        <translation>Les vidéos de la dernière fois sont terminées : voir l’historique.</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Démarrage de la démo…</translation>
    </message>
    <message>
        <source>The demo did not start in time. Please try again.</source>
        <comment>Demo</comment>
        <translation>La démo n’a pas démarré à temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The demo stopped unexpectedly. Please try again.</source>
        <comment>Demo</comment>
        <translation>La démo s’est arrêtée de façon inattendue. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The demo could not be started. Please try again.</source>
        <comment>Demo</comment>
        <translation>La démo n’a pas pu démarrer. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>JoggAI did not accept your API key. Check that you copied the whole key from JoggAI (your avatar → API).</source>
        <translation>JoggAI n’a pas accepté votre clé API. Vérifiez que vous avez copié la clé entière depuis JoggAI (votre avatar → API).</translation>
    </message>
    <message>
        <source>Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.</source>
        <translation>Votre compte JoggAI n’a plus de crédits. Ajoutez des crédits dans JoggAI, puis réessayez.</translation>
    </message>
    <message>
        <source>Your JoggAI plan does not include this feature through the API. Upgrade your plan in JoggAI, or contact JoggAI support.</source>
        <translation>Votre forfait JoggAI n’inclut pas cette fonction via l’API. Passez à un forfait supérieur dans JoggAI ou contactez le support JoggAI.</translation>
    </message>
    <message>
        <source>JoggAI could not find this item any more. Please start again.</source>
        <translation>JoggAI ne trouve plus cet élément. Veuillez recommencer.</translation>
    </message>
    <message>
        <source>JoggAI did not accept some of the details. Please check them and try again.</source>
        <translation>JoggAI n’a pas accepté certaines informations. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>JoggAI is busy with your earlier requests. Please wait a moment and try again.</source>
        <translation>JoggAI traite encore vos demandes précédentes. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>JoggAI is having a problem right now. Please try again in a few minutes.</source>
        <translation>JoggAI rencontre un problème en ce moment. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Could not reach JoggAI. Check your internet connection and try again.</source>
        <translation>Impossible de joindre JoggAI. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>JoggAI took too long to answer. Please try again.</source>
        <translation>JoggAI a mis trop de temps à répondre. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>JoggAI sent an answer the app could not understand. Please try again later.</source>
        <translation>JoggAI a envoyé une réponse que l’application ne comprend pas. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>JoggAI could not read the product details from this page. Check the link, or enter the product details yourself.</source>
        <translation>JoggAI n’a pas pu lire les informations du produit sur cette page. Vérifiez le lien ou saisissez vous-même les informations du produit.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video. It may already be rendering and may have used credits. Check your videos in JoggAI before trying again.</source>
        <translation>Nous n’avons pas pu confirmer si JoggAI a lancé votre vidéo. Elle est peut-être déjà en cours de création et a peut-être utilisé des crédits. Vérifiez vos vidéos dans JoggAI avant de réessayer.</translation>
    </message>
    <message>
        <source>JoggAI could not make this video. Try different images or settings.</source>
        <translation>JoggAI n’a pas pu créer cette vidéo. Essayez d’autres images ou d’autres réglages.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI wrote the script suggestions. It may have used 0.2 credit. You can ask again: that costs another 0.2 credit.</source>
        <translation>Nous n&apos;avons pas pu confirmer que JoggAI a écrit les suggestions de script. 0,2 crédit a peut-être été utilisé. Vous pouvez redemander : cela coûte 0,2 crédit de plus.</translation>
    </message>
    <message>
        <source>JoggAI could not write script suggestions for this product. Try again, or write the script yourself.</source>
        <translation>JoggAI n&apos;a pas pu écrire de suggestions de script pour ce produit. Réessayez, ou écrivez le script vous-même.</translation>
    </message>
    <message>
        <source>JoggAI is taking much longer than usual to write the script suggestions. Try again later, or write the script yourself.</source>
        <translation>JoggAI met beaucoup plus de temps que d&apos;habitude à écrire les suggestions de script. Réessayez plus tard, ou écrivez le script vous-même.</translation>
    </message>
    <message>
        <source>This video was deleted in JoggAI.</source>
        <translation>Cette vidéo a été supprimée dans JoggAI.</translation>
    </message>
    <message>
        <source>This video is taking much longer than usual. It may still finish: check again later, or contact JoggAI support.</source>
        <translation>Cette vidéo prend beaucoup plus de temps que d’habitude. Elle peut encore aboutir : revenez plus tard ou contactez le support JoggAI.</translation>
    </message>
    <message>
        <source>The finished video could not be downloaded from JoggAI. It is kept there: try again later (nothing is charged again).</source>
        <translation>La vidéo terminée n’a pas pu être téléchargée depuis JoggAI. Elle y reste disponible : réessayez plus tard (rien n’est facturé une seconde fois).</translation>
    </message>
    <message>
        <source>JoggAI did not accept the file upload. Please try again.</source>
        <translation>JoggAI n’a pas accepté l’envoi du fichier. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The secure connection to JoggAI could not be verified. If your company network checks secure traffic, ask your IT team to install its certificate on this computer; also check the computer&apos;s date and time.</source>
        <translation>La connexion sécurisée à JoggAI n’a pas pu être vérifiée. Si le réseau de votre entreprise inspecte le trafic sécurisé, demandez à votre service informatique d’installer son certificat sur cet ordinateur ; vérifiez aussi la date et l’heure de l’ordinateur.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (only an address on this computer may use http://): otherwise your API key would travel unprotected.</source>
        <translation>L’adresse de l’API doit commencer par https:// (seule une adresse sur cet ordinateur peut utiliser http://) : sinon votre clé API circulerait sans protection.</translation>
    </message>
    <message>
        <source>The app cannot save videos in %1. Choose another folder, or fix its permissions. Nothing was charged.</source>
        <translation>L’application ne peut pas enregistrer de vidéos dans %1. Choisissez un autre dossier ou corrigez ses autorisations. Rien n’a été facturé.</translation>
    </message>
    <message>
        <source>The disk with %1 is nearly full. Free some space or choose another folder. Nothing was charged.</source>
        <translation>Le disque contenant %1 est presque plein. Libérez de l’espace ou choisissez un autre dossier. Rien n’a été facturé.</translation>
    </message>
    <message>
        <source>The video could not be saved in %1. It is kept in JoggAI: choose another folder and download it again (nothing is charged again).</source>
        <translation>La vidéo n’a pas pu être enregistrée dans %1. Elle reste disponible dans JoggAI : choisissez un autre dossier et téléchargez-la à nouveau (rien n’est facturé une seconde fois).</translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved in %1. Free some space (or choose another folder), then download it again: nothing is charged again.</source>
        <translation>Le disque est plein : la vidéo n’a pas pu être enregistrée dans %1. Libérez de l’espace (ou choisissez un autre dossier), puis téléchargez-la à nouveau : rien n’est facturé une seconde fois.</translation>
    </message>
    <message>
        <source>JoggAI sent something that is not a video. Please try downloading it again later.</source>
        <translation>JoggAI a envoyé quelque chose qui n’est pas une vidéo. Réessayez de la télécharger plus tard.</translation>
    </message>
    <message>
        <source>JoggAI started your video, but the app could not note it in its list. It will be finished when the app starts again. Nothing is charged again.</source>
        <translation>JoggAI a lancé votre vidéo, mais l’application n’a pas pu l’inscrire dans sa liste. Elle sera terminée au prochain démarrage de l’application. Rien n’est facturé une seconde fois.</translation>
    </message>
    <message>
        <source>Some of the details are not valid. Please check them.</source>
        <translation>Certaines informations ne sont pas valides. Veuillez les vérifier.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) could not be used. Try again; if it keeps happening, send the details to support.</source>
        <translation>La liste de vidéos de l’application (%1) n’a pas pu être utilisée. Réessayez ; si cela se reproduit, envoyez les détails au support.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is busy: another Jogg Desktop window is writing to it. Wait a moment and try again.</source>
        <translation>La liste de vidéos de l’application (%1) est occupée : une autre fenêtre de Jogg Desktop y écrit. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk with the app&apos;s list of videos (%1) is full. Free some space, then try again.</source>
        <translation>Le disque contenant la liste de vidéos de l’application (%1) est plein. Libérez de l’espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The app cannot write its list of videos (%1). Check that you may write to that folder.</source>
        <translation>L’application ne peut pas écrire sa liste de vidéos (%1). Vérifiez que vous avez le droit d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is damaged. Rename or move that file, then start again: the app makes a new list. Keep the old file for support: it may list paid videos.</source>
        <translation>La liste de vidéos de l’application (%1) est endommagée. Renommez ou déplacez ce fichier, puis relancez : l’application crée une nouvelle liste. Gardez l’ancien fichier pour le support : il peut contenir des vidéos payées.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) was written by a newer version of Jogg Desktop. Update the app.</source>
        <translation>La liste de vidéos de l’application (%1) a été écrite par une version plus récente de Jogg Desktop. Mettez l’application à jour.</translation>
    </message>
    <message>
        <source>The record of this video in %1 is damaged and was set aside. The other videos are not affected.</source>
        <translation>L’enregistrement de cette vidéo dans %1 est endommagé et a été mis de côté. Les autres vidéos ne sont pas concernées.</translation>
    </message>
    <message>
        <source>This video was not started: the app closed before asking JoggAI. Nothing was charged.</source>
        <translation>Cette vidéo n’a pas été lancée : l’application s’est fermée avant de la demander à JoggAI. Rien n’a été facturé.</translation>
    </message>
    <message>
        <source>This video is being finished in another Jogg Desktop window. Wait for it there.</source>
        <translation>Cette vidéo est en cours de finalisation dans une autre fenêtre de Jogg Desktop. Attendez-la là-bas.</translation>
    </message>
    <message>
        <source>This video was never started in JoggAI, so there is nothing to download.</source>
        <translation>Cette vidéo n’a jamais été lancée dans JoggAI : il n’y a rien à télécharger.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this video. Please try again.</source>
        <translation>Un problème inattendu est survenu avec cette vidéo. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to JoggAI.</source>
        <translation>Un problème est survenu lors de l’échange avec JoggAI.</translation>
    </message>
    <message>
        <source>the chosen folder</source>
        <translation>le dossier choisi</translation>
    </message>
    <message>
        <source>This took too long. Please try again.</source>
        <translation>Cela a pris trop de temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The file “%1” could not be found. It may have been moved or deleted.</source>
        <translation>Le fichier « %1 » est introuvable. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>The app is not allowed to open or write this file. Check its permissions.</source>
        <translation>L’application n’a pas le droit d’ouvrir ou d’écrire ce fichier. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the file and free disk space, then try again.</source>
        <translation>Un fichier n’a pas pu être lu ou écrit. Vérifiez le fichier et l’espace disque disponible, puis réessayez.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, copy the details and send them to support.</source>
        <translation>Un problème inattendu est survenu. Réessayez ; si cela se reproduit, copiez les détails et envoyez-les au support.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Fix API key</source>
        <translation>Corriger la clé API</translation>
    </message>
    <message>
        <source>Buy credits in JoggAI</source>
        <translation>Acheter des crédits dans JoggAI</translation>
    </message>
    <message>
        <source>Open JoggAI</source>
        <translation>Ouvrir JoggAI</translation>
    </message>
    <message>
        <source>Enter details myself</source>
        <translation>Saisir les informations moi-même</translation>
    </message>
    <message>
        <source>Check my videos in JoggAI</source>
        <translation>Vérifier mes vidéos dans JoggAI</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Asking JoggAI to start…</source>
        <translation>Demande de lancement à JoggAI…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue</source>
        <translation>En file d’attente chez JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making your video</source>
        <translation>JoggAI crée votre vidéo</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Téléchargement… %1 %</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Téléchargement… %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Not confirmed — check your videos in JoggAI before trying again</source>
        <translation>Non confirmée : vérifiez vos vidéos dans JoggAI avant de réessayer</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non lancée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation>Vidéo sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédit</numerusform>
            <numerusform>%n crédits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly last time. Your videos, jobs and settings are kept, and videos that were being made are picked up again. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>Jogg Desktop s’est fermé de façon inattendue la dernière fois. Vos vidéos, tâches et réglages sont conservés, et les vidéos en cours de création reprennent. Si cela se reproduit, copiez les détails ci-dessous et envoyez-les au support. Ils ne contiennent aucune clé API.</translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly</source>
        <translation>Jogg Desktop s’est fermé de façon inattendue</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 crédits</translation>
    </message>
    <message>
        <source>This video used %1 (JoggAI&apos;s figure).</source>
        <translation>Cette vidéo a utilisé %1 (chiffre de JoggAI).</translation>
    </message>
    <message>
        <source>Your JoggAI balance: %1 (JoggAI&apos;s figure; it may take a while to update).</source>
        <translation>Votre solde JoggAI : %1 (chiffre de JoggAI ; sa mise à jour peut prendre un moment).</translation>
    </message>
    <message>
        <source>%1 of %2 videos are ready; %3 failed.</source>
        <translation>%1 vidéos sur %2 sont prêtes ; %3 en échec.</translation>
    </message>
    <message>
        <source>Your batch is finished</source>
        <translation>Votre série est terminée</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>The avatar fills the screen; your pictures cut in between.</source>
        <translation>L’avatar occupe l’écran ; vos images s’intercalent.</translation>
    </message>
    <message>
        <source>Floating avatar</source>
        <translation>Avatar flottant</translation>
    </message>
    <message>
        <source>Your pictures fill the screen; the avatar floats in a corner.</source>
        <translation>Vos images occupent l’écran ; l’avatar flotte dans un coin.</translation>
    </message>
    <message>
        <source>Avatar below</source>
        <translation>Avatar en bas</translation>
    </message>
    <message>
        <source>Your pictures on top, the avatar underneath.</source>
        <translation>Vos images en haut, l’avatar en dessous.</translation>
    </message>
    <message>
        <source>Avatar bubble</source>
        <translation>Avatar en bulle</translation>
    </message>
    <message>
        <source>The avatar in a small round bubble over your pictures.</source>
        <translation>L’avatar dans une petite bulle ronde par-dessus vos images.</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrousel</translation>
    </message>
    <message>
        <source>Your pictures turn from one to the next; the avatar presents.</source>
        <translation>Vos images défilent l’une après l’autre ; l’avatar présente.</translation>
    </message>
    <message>
        <source>Floating, then voice</source>
        <translation>Flottant, puis voix</translation>
    </message>
    <message>
        <source>The avatar floats in a corner, then only its voice goes on.</source>
        <translation>L’avatar flotte dans un coin, puis seule sa voix continue.</translation>
    </message>
    <message>
        <source>Tilted frame</source>
        <translation>Cadre incliné</translation>
    </message>
    <message>
        <source>Your pictures in a tilted frame beside the avatar.</source>
        <translation>Vos images dans un cadre incliné à côté de l’avatar.</translation>
    </message>
    <message>
        <source>Sharp pictures</source>
        <translation>Images nettes</translation>
    </message>
    <message>
        <source>Your pictures shown whole on a plain background, no blurred fill.</source>
        <translation>Vos images entières sur un fond uni, sans remplissage flou.</translation>
    </message>
    <message>
        <source>Pictures only</source>
        <translation>Images seules</translation>
    </message>
    <message>
        <source>Just your pictures, one after another, with the voice over them.</source>
        <translation>Seulement vos images, l’une après l’autre, avec la voix par-dessus.</translation>
    </message>
    <message>
        <source>Split screen</source>
        <translation>Écran partagé</translation>
    </message>
    <message>
        <source>The screen split in two: your product and the avatar side by side.</source>
        <translation>L’écran coupé en deux : votre produit et l’avatar côte à côte.</translation>
    </message>
    <message>
        <source>A layout from JoggAI&apos;s library.</source>
        <translation>Une mise en page de la bibliothèque JoggAI.</translation>
    </message>
</context>
<context>
    <name>AspectCards</name>
    <message>
        <source>Aspect ratio</source>
        <translation>Format d’image</translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation>Portrait 9:16</translation>
    </message>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Paysage 16:9</translation>
    </message>
    <message>
        <source>YouTube, websites</source>
        <translation>YouTube, sites web</translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation>Carré 1:1</translation>
    </message>
    <message>
        <source>Feeds, marketplaces</source>
        <translation>Fils d’actualité, marketplaces</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <source>Show avatars from</source>
        <translation>Afficher les avatars de</translation>
    </message>
    <message>
        <source>All avatars</source>
        <translation>Tous les avatars</translation>
    </message>
    <message>
        <source>JoggAI library</source>
        <translation>Bibliothèque JoggAI</translation>
    </message>
    <message>
        <source>My avatars</source>
        <translation>Mes avatars</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>Avatar gender</source>
        <translation>Genre de l’avatar</translation>
    </message>
    <message>
        <source>Avatar age</source>
        <translation>Âge de l’avatar</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation>Style de l’avatar</translation>
    </message>
    <message>
        <source>Any style</source>
        <translation>Tous les styles</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatars</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>Avatar {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>No avatar matches these filters for this aspect ratio.</source>
        <translation>Aucun avatar ne correspond à ces filtres pour ce format.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Icône du message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Lecture de la page produit</translation>
    </message>
    <message>
        <source>Asking JoggAI</source>
        <translation>Demande à JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making it</source>
        <translation>JoggAI la crée</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Make many videos</source>
        <translation>Créer de nombreuses vidéos</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Nouvelle série</translation>
    </message>
    <message>
        <source>Product links, one per line</source>
        <translation>Liens des produits, un par ligne</translation>
    </message>
    <message>
        <source>Paste product page links here, one per line</source>
        <translation>Collez ici les liens des pages produit, un par ligne</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Add from History…</source>
        <translation>Ajouter depuis l’historique…</translation>
    </message>
    <message>
        <source>Settings for every video</source>
        <translation>Réglages pour chaque vidéo</translation>
    </message>
    <message>
        <source>The current video settings</source>
        <translation>Les réglages vidéo actuels</translation>
    </message>
    <message>
        <source>Saved settings: %1</source>
        <translation>Réglages enregistrés : %1</translation>
    </message>
    <message>
        <source>Folder for the videos</source>
        <translation>Dossier des vidéos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Make the videos…</source>
        <translation>Créer les vidéos…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Videos of the batch</source>
        <translation>Vidéos de la série</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Annuler la série</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exporter les résultats…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Check the links: %1</source>
        <translation>Vérifiez les liens : %1</translation>
    </message>
    <message>
        <source>Check the variants.</source>
        <translation>Vérifiez les variantes.</translation>
    </message>
    <message>
        <source>Paste links, import a CSV or add products from the History.</source>
        <translation>Collez des liens, importez un CSV ou ajoutez des produits depuis l’historique.</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>This file could not be read. Is it a CSV file?</source>
        <translation>Ce fichier n’a pas pu être lu. Est-ce bien un fichier CSV ?</translation>
    </message>
    <message>
        <source>This CSV cannot be used: %1</source>
        <translation>Ce CSV est inutilisable : %1</translation>
    </message>
    <message>
        <source>The History has no products yet.</source>
        <translation>L’historique ne contient pas encore de produits.</translation>
    </message>
    <message>
        <source>Save the videos in</source>
        <translation>Enregistrer les vidéos dans</translation>
    </message>
    <message>
        <source>Make the videos?</source>
        <translation>Créer les vidéos ?</translation>
    </message>
    <message>
        <source>%1.

This uses %2 credits from your JoggAI account.</source>
        <translation>%1.

Cela utilise %2 crédits de votre compte JoggAI.</translation>
    </message>
    <message>
        <source>Make %1 videos</source>
        <translation>Créer %1 vidéos</translation>
    </message>
    <message>
        <source>%1 of %2 videos done, %3 failed, %4 credits used</source>
        <translation>%1 vidéos sur %2 terminées, %3 en échec, %4 crédits utilisés</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Cancelled: videos already requested are still finished</source>
        <translation>Annulée : les vidéos déjà demandées seront quand même terminées</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>The results could not be saved there. Choose another folder.</source>
        <translation>Les résultats n’ont pas pu être enregistrés à cet endroit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Results saved: %1</source>
        <translation>Résultats enregistrés : %1</translation>
    </message>
    <message>
        <source>The batch goes on in the background (%1 of %2 videos done). Open “Make many videos…” to follow it.</source>
        <translation>La série continue en arrière-plan (%1 vidéos sur %2 terminées). Ouvrez « Créer de nombreuses vidéos… » pour la suivre.</translation>
    </message>
    <message>
        <source>Read the product page again (nothing was charged)</source>
        <translation>Relire la page produit (rien n’a été facturé)</translation>
    </message>
    <message>
        <source>Ask JoggAI again: this video was never started, nothing was charged</source>
        <translation>Redemander à JoggAI : cette vidéo n’a jamais été lancée, rien n’a été facturé</translation>
    </message>
    <message>
        <source>Download the finished video again (no new charge)</source>
        <translation>Télécharger à nouveau la vidéo terminée (sans nouvelle facturation)</translation>
    </message>
    <message>
        <source>This video cannot be retried safely: it may have used credits already</source>
        <translation>Cette vidéo ne peut pas être relancée sans risque : elle a peut-être déjà utilisé des crédits</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Chinois simplifié</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Chinois traditionnel</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonais</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télougou</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zoulou</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>Flemish</source>
        <translation>Flamand</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>Odia</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>Assamais</translation>
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
        <translation>Amharique</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbe</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Don&apos;t Worry</source>
        <translation>Pas de souci</translation>
    </message>
    <message>
        <source>Casual and reassuring: names a worry and shows how the product solves it.</source>
        <translation>Décontracté et rassurant : évoque un souci et montre comment le produit le règle.</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>An exciting new find, shared like a tip with a friend.</source>
        <translation>Une trouvaille enthousiasmante, partagée comme un bon plan entre amis.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Facts, numbers and specifications up front.</source>
        <translation>Des faits, des chiffres et des caractéristiques d’emblée.</translation>
    </message>
    <message>
        <source>Top 3 reasons</source>
        <translation>Top 3 des raisons</translation>
    </message>
    <message>
        <source>Three clear reasons to buy, one after another.</source>
        <translation>Trois bonnes raisons d’acheter, l’une après l’autre.</translation>
    </message>
    <message>
        <source>Soft Selling</source>
        <translation>Vente en douceur</translation>
    </message>
    <message>
        <source>Gentle and friendly, no hard push.</source>
        <translation>Aimable et chaleureux, sans forcer la main.</translation>
    </message>
    <message>
        <source>Humor &amp; Meme</source>
        <translation>Humour et mèmes</translation>
    </message>
    <message>
        <source>Light-hearted and funny, in the style of social media memes.</source>
        <translation>Léger et drôle, dans le style des mèmes des réseaux sociaux.</translation>
    </message>
    <message>
        <source>Feature Explainer</source>
        <translation>Fonctionnalités expliquées</translation>
    </message>
    <message>
        <source>Walks through the main features and what each one does.</source>
        <translation>Passe en revue les principales fonctionnalités et ce que fait chacune.</translation>
    </message>
    <message>
        <source>Soft Storytelling with Twist</source>
        <translation>Histoire avec rebondissement</translation>
    </message>
    <message>
        <source>A short story that ends with a surprise.</source>
        <translation>Une courte histoire qui se termine par une surprise.</translation>
    </message>
    <message>
        <source>Expert Advice</source>
        <translation>Conseil d’expert</translation>
    </message>
    <message>
        <source>Sounds like a knowledgeable expert recommending the product.</source>
        <translation>Comme un expert qui recommande le produit.</translation>
    </message>
    <message>
        <source>Unboxing &amp; Review</source>
        <translation>Déballage et avis</translation>
    </message>
    <message>
        <source>Like opening the box and giving an honest first review.</source>
        <translation>Comme ouvrir le carton et donner un premier avis honnête.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Sets a challenge and shows the product rising to it.</source>
        <translation>Lance un défi et montre le produit à la hauteur.</translation>
    </message>
    <message>
        <source>Problem/Solution</source>
        <translation>Problème/Solution</translation>
    </message>
    <message>
        <source>States a common problem, then presents the product as the fix.</source>
        <translation>Expose un problème courant, puis présente le produit comme la solution.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Shows how the product compares with the usual alternatives.</source>
        <translation>Montre comment le produit se compare aux alternatives habituelles.</translation>
    </message>
    <message>
        <source>Creative/Innovative</source>
        <translation>Créatif/Innovant</translation>
    </message>
    <message>
        <source>Highlights what is new and inventive about the product.</source>
        <translation>Met en avant ce que le produit a de nouveau et d’ingénieux.</translation>
    </message>
    <message>
        <source>Emotional Appeal</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Speaks to feelings: comfort, joy, confidence.</source>
        <translation>Parle aux sentiments : confort, joie, confiance.</translation>
    </message>
    <message>
        <source>Immersive Storytelling</source>
        <translation>Récit immersif</translation>
    </message>
    <message>
        <source>Puts the viewer inside a scene where the product shines.</source>
        <translation>Plonge le spectateur dans une scène où le produit brille.</translation>
    </message>
    <message>
        <source>Storytime</source>
        <translation>L’heure du récit</translation>
    </message>
    <message>
        <source>A short, story-driven narration around the product.</source>
        <translation>Une courte narration qui raconte une histoire autour du produit.</translation>
    </message>
    <message>
        <source>Light marketing</source>
        <translation>Marketing léger</translation>
    </message>
    <message>
        <source>Soft, friendly promotion without a hard sell.</source>
        <translation>Une promotion douce et aimable, sans forcer la vente.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Jeune adulte</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jeune</translation>
    </message>
    <message>
        <source>Middle aged</source>
        <translation>Âge moyen</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Âgé</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Making this video uses {cost} from your JoggAI account (1 credit per started 2 minutes of video).</source>
        <translation>Cette vidéo utilise {cost} de votre compte JoggAI (1 crédit par tranche de 2 minutes de vidéo entamée).</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>Coût : {cost}</translation>
    </message>
</context>
<context>
    <name>CoverGrid</name>
    <message>
        <source>Preview of the selected item</source>
        <translation>Aperçu de l’élément choisi</translation>
    </message>
    <message>
        <source>Click an item to see it move.</source>
        <translation>Cliquez sur un élément pour le voir en mouvement.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>Désolé, un problème inattendu est survenu dans Jogg Desktop. Votre travail est conservé. Si cela se reproduit, copiez les détails ci-dessous et envoyez-les au support. Ils ne contiennent aucune clé API.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Produits de l’historique</translation>
    </message>
    <message>
        <source>Products made before</source>
        <translation>Produits déjà utilisés</translation>
    </message>
    <message>
        <source>Tick the products to make again (their pages are not read again):</source>
        <translation>Cochez les produits à réutiliser (leurs pages ne sont pas relues) :</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Your videos</source>
        <translation>Vos vidéos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>No videos yet. Videos you make will be listed here.</source>
        <translation>Pas encore de vidéos. Les vidéos que vous créez apparaîtront ici.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the video in your usual video player</source>
        <translation>Ouvrir la vidéo dans votre lecteur habituel</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Télécharger à nouveau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>Créée en %1</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>Enregistrer une copie de la vidéo</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copie enregistrée sous %1</translation>
    </message>
    <message>
        <source>Checking the video in JoggAI…</source>
        <translation>Vérification de la vidéo dans JoggAI…</translation>
    </message>
    <message>
        <source>Downloaded again.</source>
        <translation>Téléchargée à nouveau.</translation>
    </message>
    <message>
        <source>Delete from the list?</source>
        <translation>Retirer de la liste ?</translation>
    </message>
    <message>
        <source>Remove “%1” from your videos? The saved video file is kept.</source>
        <translation>Retirer « %1 » de vos vidéos ? Le fichier vidéo enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Welcome to Jogg Desktop</source>
        <translation>Bienvenue dans Jogg Desktop</translation>
    </message>
    <message>
        <source>Turn a product page into a marketing video in a few clicks. To start, paste your JoggAI API key. You find it in the JoggAI app: click your avatar (top right), then &lt;b&gt;API&lt;/b&gt;, and copy the key.</source>
        <translation>Transformez une page produit en vidéo publicitaire en quelques clics. Pour commencer, collez votre clé API JoggAI. Vous la trouverez dans l’application JoggAI : cliquez sur votre avatar (en haut à droite), puis sur &lt;b&gt;API&lt;/b&gt;, et copiez la clé.</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Collez votre clé API ici</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>Clé API JoggAI</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Clé &amp;API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Afficher la clé pendant la saisie</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>Vérifier et enregistrer la clé</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Vérification de la clé</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <source>Forget the saved key</source>
        <translation>Oublier la clé enregistrée</translation>
    </message>
    <message>
        <source>Forget the saved API key</source>
        <translation>Oublier la clé API enregistrée</translation>
    </message>
    <message>
        <source>No key yet? Try the app with the built-in demo shop: nothing is charged.</source>
        <translation>Pas encore de clé ? Essayez l’application avec la boutique de démo intégrée : rien n’est facturé.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Vérification de votre clé auprès de JoggAI…</translation>
    </message>
    <message>
        <source>Key accepted (%1).</source>
        <translation>Clé acceptée (%1).</translation>
    </message>
    <message>
        <source>Key accepted.</source>
        <translation>Clé acceptée.</translation>
    </message>
    <message>
        <source>Your API key is forgotten: it is no longer saved on this computer. Paste it again to make videos.</source>
        <translation>Votre clé API est oubliée : elle n’est plus enregistrée sur cet ordinateur. Collez-la de nouveau pour créer des vidéos.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed and nothing is saved.</source>
        <translation>Vous utilisez la démo : aucune clé n’est nécessaire et rien n’est enregistré.</translation>
    </message>
    <message>
        <source>Your key is kept for this session only — you will need to paste it again next time.</source>
        <translation>Votre clé n’est gardée que pour cette session : vous devrez la coller à nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the script and the voice. Type to search.</source>
        <translation>La langue du script et de la voix. Tapez pour chercher.</translation>
    </message>
    <message>
        <source>Matching languages</source>
        <translation>Langues correspondantes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Chercher une langue</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Paste the link of the product page you want a video for — your shop, Amazon, Shopify, Etsy… JoggAI reads the name, description and pictures from it.</source>
        <translation>Collez le lien de la page du produit pour lequel vous voulez une vidéo : votre boutique, Amazon, Shopify, Etsy… JoggAI y lit le nom, la description et les images.</translation>
    </message>
    <message>
        <source>https://your-shop.com/products/…</source>
        <translation>https://votre-boutique.fr/produits/…</translation>
    </message>
    <message>
        <source>Product page link</source>
        <translation>Lien de la page produit</translation>
    </message>
    <message>
        <source>Product page &amp;link</source>
        <translation>&amp;Lien de la page produit</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Analyze the product page</source>
        <translation>Analyser la page produit</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problème de lien</translation>
    </message>
    <message>
        <source>Enter the product details myself</source>
        <translation>Saisir moi-même les informations du produit</translation>
    </message>
    <message>
        <source>Demo shop products — click one to use it:</source>
        <translation>Produits de la boutique de démo (cliquez sur l’un d’eux pour l’utiliser) :</translation>
    </message>
    <message>
        <source>No link, or the page cannot be read?</source>
        <translation>Pas de lien, ou la page est illisible ?</translation>
    </message>
    <message>
        <source>Many products? Make them all at once…</source>
        <translation>Beaucoup de produits ? Créez-les tous d’un coup…</translation>
    </message>
    <message>
        <source>Which product is the video for?</source>
        <translation>Pour quel produit est la vidéo ?</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Lecture de la page produit</translation>
    </message>
    <message>
        <source>This usually takes 10 to 30 seconds. Esc stops it.</source>
        <translation>Cela prend généralement 10 à 30 secondes. Échap l’arrête.</translation>
    </message>
    <message>
        <source>This is not a web page link. Copy the product page&apos;s address from your browser — for example https://your-shop.com/products/mug.</source>
        <translation>Ce n’est pas le lien d’une page web. Copiez l’adresse de la page produit depuis votre navigateur, par exemple https://votre-boutique.fr/produits/mug.</translation>
    </message>
    <message>
        <source>Stopped. You can change the link and try again.</source>
        <translation>Arrêté. Vous pouvez modifier le lien et réessayer.</translation>
    </message>
    <message>
        <source>Please paste the link of a product page.</source>
        <translation>Veuillez coller le lien d’une page produit.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Cela ne ressemble pas à une adresse web. Copiez le lien complet depuis la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>This link has no website name. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Il manque le nom du site dans ce lien. Copiez le lien complet depuis la barre d’adresse de votre navigateur.</translation>
    </message>
    <message>
        <source>This looks like a shop&apos;s front page or a list of products. JoggAI makes a video of one product: paste that product&apos;s own page for the best result.</source>
        <translation>Cela ressemble à l’accueil d’une boutique ou à une liste de produits. JoggAI crée la vidéo d’un seul produit : collez la page de ce produit pour un meilleur résultat.</translation>
    </message>
    <message>
        <source>Use the demo product %1</source>
        <translation>Utiliser le produit de démo %1</translation>
    </message>
</context>
<context>
    <name>LookChooser</name>
    <message>
        <source>Visual style</source>
        <translation>Style visuel</translation>
    </message>
    <message>
        <source>Use a visual style</source>
        <translation>Utiliser un style visuel</translation>
    </message>
    <message>
        <source>JoggAI lays out your product and the avatar in a ready-made style.</source>
        <translation>JoggAI met en scène votre produit et l’avatar dans un style prêt à l’emploi.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>Utiliser un modèle</translation>
    </message>
    <message>
        <source>Use a template from JoggAI&apos;s library or one you made.</source>
        <translation>Utilisez un modèle de la bibliothèque JoggAI ou l’un des vôtres.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>JoggAI arranges your product images and the avatar in this style.</source>
        <translation>JoggAI dispose les images de votre produit et l’avatar dans ce style.</translation>
    </message>
    <message>
        <source>Pick a template: its layout is used instead of a visual style.</source>
        <translation>Choisissez un modèle : sa mise en page remplace le style visuel.</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>Modèle {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>No template for this aspect ratio.</source>
        <translation>Aucun modèle pour ce format.</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Product pictures and videos</source>
        <translation>Images et vidéos du produit</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it.</source>
        <translation>Faites glisser pour réordonner ; Ctrl+Gauche ou Ctrl+Droite déplace l’élément choisi, Suppr le retire.</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Envoi… %1 %</translation>
    </message>
    <message>
        <source>Link doesn&apos;t load</source>
        <translation>Le lien ne se charge pas</translation>
    </message>
    <message>
        <source>Nothing could be loaded from this link. Remove it, or add a working one.</source>
        <translation>Rien n’a pu être chargé depuis ce lien. Retirez-le ou ajoutez-en un qui fonctionne.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>MusicList</name>
    <message>
        <source>Background music</source>
        <translation>Musique de fond</translation>
    </message>
    <message>
        <source>No music</source>
        <translation>Pas de musique</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Track {id}</source>
        <translation>Morceau {id}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Jogg Desktop</source>
        <translation>Afficher Jogg Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>Votre vidéo est prête</translation>
    </message>
    <message>
        <source>“%1” is ready to watch and save.</source>
        <translation>« %1 » est prête à être regardée et enregistrée.</translation>
    </message>
    <message>
        <source>Your video could not be made</source>
        <translation>Votre vidéo n’a pas pu être créée</translation>
    </message>
    <message>
        <source>“%1” failed. Open Jogg Desktop to see why and what to do.</source>
        <translation>« %1 » a échoué. Ouvrez Jogg Desktop pour savoir pourquoi et quoi faire.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Jogg Desktop is still working</source>
        <translation>Jogg Desktop continue de travailler</translation>
    </message>
    <message>
        <source>Your videos are still being made. Jogg Desktop tells you when they are ready; use its icon here to show it again or to quit.</source>
        <translation>Vos vidéos sont toujours en cours de création. Jogg Desktop vous préviendra quand elles seront prêtes ; utilisez son icône ici pour l’afficher à nouveau ou pour quitter.</translation>
    </message>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation>
            <numerusform>Jogg Desktop — %n vidéo en cours</numerusform>
            <numerusform>Jogg Desktop — %n vidéos en cours</numerusform>
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
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PlayableList</name>
    <message>
        <source>Press Space to hear a sample of the selected row.</source>
        <translation>Appuyez sur Espace pour écouter un extrait de la ligne choisie.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Folder for new videos</source>
        <translation>Dossier des nouvelles vidéos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder for new videos</source>
        <translation>Choisir le dossier des nouvelles vidéos</translation>
    </message>
    <message>
        <source>Save new videos in</source>
        <translation>Enregistrer les nouvelles vidéos dans</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Jogg Desktop.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Jogg Desktop.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation>Me prévenir quand une vidéo est prête ou a échoué</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>Clé API JoggAI</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Vérifier la clé</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>Changer de clé…</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Oublier la clé</translation>
    </message>
    <message>
        <source>Where Jogg Desktop keeps its files</source>
        <translation>Où Jogg Desktop range ses fichiers</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Videos list and data</source>
        <translation>Liste des vidéos et données</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the folder: %1</source>
        <translation>Ouvrir le dossier : %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>JoggAI API generation</source>
        <translation>Génération de l’API JoggAI</translation>
    </message>
    <message>
        <source>Current (v2, recommended)</source>
        <translation>Actuelle (v2, recommandée)</translation>
    </message>
    <message>
        <source>Previous (v1)</source>
        <translation>Précédente (v1)</translation>
    </message>
    <message>
        <source>Which generation of JoggAI&apos;s API new videos use. Keep the current one unless JoggAI support asks otherwise.</source>
        <translation>La génération de l’API JoggAI utilisée pour les nouvelles vidéos. Gardez l’actuelle, sauf si le support JoggAI vous demande le contraire.</translation>
    </message>
    <message>
        <source>JoggAI API</source>
        <translation>API JoggAI</translation>
    </message>
    <message>
        <source>No file manager opened it: the folder&apos;s path is copied, paste it into your file manager.</source>
        <translation>Aucun gestionnaire de fichiers ne l’a ouvert : le chemin du dossier est copié, collez-le dans votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed.</source>
        <translation>Vous utilisez la démo : aucune clé n’est nécessaire.</translation>
    </message>
    <message>
        <source>A key is set up.</source>
        <translation>Une clé est configurée.</translation>
    </message>
    <message>
        <source>No key is set up yet.</source>
        <translation>Aucune clé n’est encore configurée.</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Vérification de votre clé auprès de JoggAI…</translation>
    </message>
    <message>
        <source>Your key works (account: %1).</source>
        <translation>Votre clé fonctionne (compte : %1).</translation>
    </message>
    <message>
        <source>Your key works.</source>
        <translation>Votre clé fonctionne.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Saved settings:</source>
        <translation>Mes réglages :</translation>
    </message>
    <message>
        <source>Saved settings</source>
        <translation>Réglages enregistrés</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Rien d’enregistré pour l’instant</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Save these settings…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This name is already taken by other saved settings. Choose another name.</source>
        <translation>Ce nom est déjà pris par d’autres réglages enregistrés. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Enregistrer ces réglages</translation>
    </message>
    <message>
        <source>A name for these settings (e.g. “Summer sale, portrait”):</source>
        <translation>Un nom pour ces réglages (p. ex. « Soldes d’été, portrait ») :</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Replace saved settings?</source>
        <translation>Remplacer les réglages enregistrés ?</translation>
    </message>
    <message>
        <source>There are saved settings called “%1” already. Replace them with these settings?</source>
        <translation>Des réglages enregistrés s’appellent déjà « %1 ». Les remplacer par ceux-ci ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Choisir un autre nom</translation>
    </message>
    <message>
        <source>Rename saved settings</source>
        <translation>Renommer les réglages enregistrés</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete saved settings?</source>
        <translation>Supprimer les réglages enregistrés ?</translation>
    </message>
    <message>
        <source>Delete the saved settings “%1”? Your videos are not affected.</source>
        <translation>Supprimer les réglages enregistrés « %1 » ? Vos vidéos ne sont pas concernées.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>e.g. Ceramic coffee mug, 350 ml</source>
        <translation>p. ex. Mug à café en céramique, 350 ml</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>Description du produit</translation>
    </message>
    <message>
        <source>What it is, what it does, why people love it</source>
        <translation>Ce que c’est, ce que ça fait, pourquoi on l’adore</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>e.g. coffee lovers who work from home</source>
        <translation>p. ex. amateurs de café en télétravail</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Target &amp;audience</source>
        <translation>Public &amp;cible</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Images et vidéos</translation>
    </message>
    <message>
        <source>Description of the selected picture or video</source>
        <translation>Description de l’image ou de la vidéo choisie</translation>
    </message>
    <message>
        <source>Describe the selected picture or video (optional, helps JoggAI use it well)</source>
        <translation>Décrivez l’image ou la vidéo choisie (facultatif, aide JoggAI à bien l’utiliser)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add pictures or videos from this computer</source>
        <translation>Ajouter des images ou des vidéos depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Link to a picture or video</source>
        <translation>Lien vers une image ou une vidéo</translation>
    </message>
    <message>
        <source>https://… link to a picture or video</source>
        <translation>https://… lien vers une image ou une vidéo</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter le lien</translation>
    </message>
    <message>
        <source>Add the picture or video at this link</source>
        <translation>Ajouter l’image ou la vidéo de ce lien</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected picture or video</source>
        <translation>Retirer l’image ou la vidéo choisie</translation>
    </message>
    <message>
        <source>Move the selected item earlier</source>
        <translation>Avancer l’élément choisi</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+Left)</source>
        <translation>Avancer (Ctrl+Gauche)</translation>
    </message>
    <message>
        <source>Move the selected item later</source>
        <translation>Reculer l’élément choisi</translation>
    </message>
    <message>
        <source>Move later (Ctrl+Right)</source>
        <translation>Reculer (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>État de l’envoi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler l’action</translation>
    </message>
    <message>
        <source>Undo: put the removed item back</source>
        <translation>Annuler : remettre l’élément retiré</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Le remettre (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Remove links that don&apos;t load</source>
        <translation>Retirer les liens qui ne se chargent pas</translation>
    </message>
    <message>
        <source>Remove every link that doesn&apos;t load</source>
        <translation>Retirer tous les liens qui ne se chargent pas</translation>
    </message>
    <message>
        <source>Drag to reorder (the first ones matter most), or drop files here.</source>
        <translation>Faites glisser pour réordonner (les premières comptent le plus) ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <source>Tell us about your product</source>
        <translation>Parlez-nous de votre produit</translation>
    </message>
    <message>
        <source>Check the product details</source>
        <translation>Vérifiez les informations du produit</translation>
    </message>
    <message>
        <source>Add the product&apos;s name.</source>
        <translation>Saisissez le nom du produit.</translation>
    </message>
    <message>
        <source>Add a short description: JoggAI writes the video&apos;s script from it.</source>
        <translation>Ajoutez une courte description : JoggAI en tire le script de la vidéo.</translation>
    </message>
    <message>
        <source>Add at least one picture or video of the product.</source>
        <translation>Ajoutez au moins une image ou une vidéo du produit.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name and a short description, and add a few pictures.</source>
        <translation>Saisissez le nom du produit et une courte description, puis ajoutez quelques images.</translation>
    </message>
    <message>
        <source>This is what JoggAI found on the page. Fix anything that is wrong, and choose the pictures and videos for the video.</source>
        <translation>Voici ce que JoggAI a trouvé sur la page. Corrigez ce qui ne va pas et choisissez les images et vidéos de la vidéo.</translation>
    </message>
    <message>
        <source>JoggAI found no pictures on this page. If it is a shop&apos;s front page or a list of products, go back and paste one product&apos;s own page; or add pictures below.</source>
        <translation>JoggAI n’a trouvé aucune image sur cette page. S’il s’agit de l’accueil d’une boutique ou d’une liste de produits, revenez en arrière et collez la page d’un seul produit, ou ajoutez des images ci-dessous.</translation>
    </message>
    <message>
        <source>Saving the product details…</source>
        <translation>Enregistrement des informations du produit…</translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation>Ajouter des images ou des vidéos</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Images et vidéos (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes videos up to %2 MB).</source>
        <translation>« %1 » est trop volumineux (JoggAI accepte les vidéos jusqu’à %2 Mo).</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes pictures up to %2 MB).</source>
        <translation>« %1 » est trop volumineux (JoggAI accepte les images jusqu’à %2 Mo).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>« %1 » n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPG, PNG, WebP, GIF) or video (MP4, WebM, MOV).</source>
        <translation>« %1 » n’est ni une image (JPG, PNG, WebP, GIF) ni une vidéo (MP4, WebM, MOV).</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded. %2</source>
        <translation>« %1 » n’a pas pu être envoyé. %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Envoi de %n fichier…</numerusform>
            <numerusform>Envoi de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) don&apos;t load: JoggAI could not use them either.</source>
        <translation>
            <numerusform>%n lien ne se charge pas : JoggAI ne pourrait pas l’utiliser non plus.</numerusform>
            <numerusform>%n liens ne se chargent pas : JoggAI ne pourrait pas les utiliser non plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>the item</source>
        <translation>l’élément</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>« %1 » retiré.</translation>
    </message>
    <message>
        <source>Paste the whole link of a picture or video, e.g. https://your-shop.com/mug.jpg.</source>
        <translation>Collez le lien complet d’une image ou d’une vidéo, p. ex. https://votre-boutique.fr/mug.jpg.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Enregistrer et continuer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>You can close this window: JoggAI keeps making your video, and the app picks it up again the next time you open it.</source>
        <translation>Vous pouvez fermer cette fenêtre : JoggAI continue de créer votre vidéo, et l’application la récupère à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Modifier les réglages</translation>
    </message>
    <message>
        <source>Back to the video settings</source>
        <translation>Revenir aux réglages de la vidéo</translation>
    </message>
    <message>
        <source>Start another video</source>
        <translation>Lancer une autre vidéo</translation>
    </message>
    <message>
        <source>Start another video while this one is made</source>
        <translation>Lancer une autre vidéo pendant la création de celle-ci</translation>
    </message>
    <message>
        <source>Your video is ready!</source>
        <translation>Votre vidéo est prête !</translation>
    </message>
    <message>
        <source>Save video…</source>
        <translation>Enregistrer la vidéo…</translation>
    </message>
    <message>
        <source>Save the video to a file</source>
        <translation>Enregistrer la vidéo dans un fichier</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Progression de l’enregistrement</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>Ouvrir le dossier de la vidéo</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the video&apos;s link</source>
        <translation>Copier le lien de la vidéo</translation>
    </message>
    <message>
        <source>Make another video</source>
        <translation>Créer une autre vidéo</translation>
    </message>
    <message>
        <source>Make another video with the same settings</source>
        <translation>Créer une autre vidéo avec les mêmes réglages</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Votre vidéo</translation>
    </message>
    <message>
        <source>Did JoggAI start your video?</source>
        <translation>JoggAI a-t-il lancé votre vidéo ?</translation>
    </message>
    <message>
        <source>Your video was not made</source>
        <translation>Votre vidéo n’a pas été créée</translation>
    </message>
    <message>
        <source>Video cancelled</source>
        <translation>Vidéo annulée</translation>
    </message>
    <message>
        <source>Making your video</source>
        <translation>Création de votre vidéo</translation>
    </message>
    <message>
        <source>Watch it here, save a copy where you like, or make another one.</source>
        <translation>Regardez-la ici, enregistrez une copie où vous voulez ou créez-en une autre.</translation>
    </message>
    <message>
        <source>JoggAI makes your video on its own computers; this page shows how far it is.</source>
        <translation>JoggAI crée votre vidéo sur ses propres serveurs ; cette page montre où elle en est.</translation>
    </message>
    <message>
        <source>This video was cancelled. Nothing more happens with it.</source>
        <translation>Cette vidéo a été annulée. Il ne se passera plus rien avec elle.</translation>
    </message>
    <message>
        <source>JoggAI made your video; only getting it to this computer failed.</source>
        <translation>JoggAI a créé votre vidéo ; seul son téléchargement sur cet ordinateur a échoué.</translation>
    </message>
    <message>
        <source>There is no product to make a video of yet. Go back and choose one.</source>
        <translation>Il n’y a pas encore de produit pour la vidéo. Revenez en arrière et choisissez-en un.</translation>
    </message>
    <message>
        <source>The app could not open its list of videos, so it cannot make one now. Please restart the app.</source>
        <translation>L’application n’a pas pu ouvrir sa liste de vidéos et ne peut donc pas en créer maintenant. Veuillez redémarrer l’application.</translation>
    </message>
    <message>
        <source>Sending your video request to JoggAI…</source>
        <translation>Envoi de votre demande de vidéo à JoggAI…</translation>
    </message>
    <message>
        <source>Downloading your video… %1</source>
        <translation>Téléchargement de votre vidéo… %1</translation>
    </message>
    <message>
        <source>Trying again uses {cost}.</source>
        <translation>Réessayer utilise {cost}.</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Fichier vidéo</translation>
    </message>
    <message>
        <source>Creating your video…</source>
        <translation>Création de votre vidéo…</translation>
    </message>
    <message>
        <source>Your video is ready. Getting it…</source>
        <translation>Votre vidéo est prête. Récupération…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue…</source>
        <translation>En file d’attente chez JoggAI…</translation>
    </message>
    <message>
        <source>Downloading your video…</source>
        <translation>Téléchargement de votre vidéo…</translation>
    </message>
    <message>
        <source>Downloading your video… {p}%</source>
        <translation>Téléchargement de votre vidéo… {p} %</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Enregistrée sous {name}</translation>
    </message>
    <message>
        <source>Downloaded as {name}</source>
        <translation>Téléchargée sous {name}</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>Enregistrer la vidéo</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Video saved to {path}</source>
        <translation>Vidéo enregistrée dans {path}</translation>
    </message>
    <message>
        <source>The video&apos;s link is copied. Paste it anywhere.</source>
        <translation>Le lien de la vidéo est copié. Collez-le où vous voulez.</translation>
    </message>
    <message>
        <source>Time so far: {elapsed} — videos usually take 1 to 10 minutes.</source>
        <translation>Temps écoulé : {elapsed}. Une vidéo prend en général 1 à 10 minutes.</translation>
    </message>
</context>
<context>
    <name>ScriptStyleList</name>
    <message>
        <source>Script style</source>
        <translation>Style du script</translation>
    </message>
</context>
<context>
    <name>ScriptSuggester</name>
    <message>
        <source>Suggest a script…</source>
        <translation>Suggérer un script…</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for this product in several styles (%1 credit each time you ask).</source>
        <translation>JoggAI écrit des scripts pour ce produit dans plusieurs styles (%1 crédit à chaque demande).</translation>
    </message>
    <message>
        <source>For “%1”, in %2, for a video of %3.</source>
        <translation>Pour « %1 », en %2, pour une vidéo de %3.</translation>
    </message>
    <message>
        <source>your product</source>
        <translation>votre produit</translation>
    </message>
    <message>
        <source>Enter the product&apos;s details first.</source>
        <translation>Saisissez d&apos;abord les informations du produit.</translation>
    </message>
    <message>
        <source>Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again (free)” shows them when they are ready.</source>
        <translation>Attente arrêtée. JoggAI continue d&apos;écrire les scripts demandés : « Regarder à nouveau (gratuit) » les affiche dès qu&apos;ils sont prêts.</translation>
    </message>
    <message>
        <source>Stopped waiting. If JoggAI had the request already, its %1 credit is used.</source>
        <translation>Attente arrêtée. Si JoggAI avait déjà reçu la demande, son %1 crédit est utilisé.</translation>
    </message>
    <message>
        <source>Replace your script?</source>
        <translation>Remplacer votre script ?</translation>
    </message>
    <message>
        <source>Your script box already has text. Replace it with this suggestion? (Ctrl+Z in the box brings your text back.)</source>
        <translation>Votre zone de script contient déjà du texte. Le remplacer par cette suggestion ? (Ctrl+Z dans la zone rétablit votre texte.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Keep my script</source>
        <translation>Garder mon script</translation>
    </message>
</context>
<context>
    <name>ScriptSuggestionsDialog</name>
    <message>
        <source>Suggest a script</source>
        <translation>Suggérer un script</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for your product in several styles. Pick one to put it in your script box, where you can still change it.</source>
        <translation>JoggAI écrit des scripts pour votre produit dans plusieurs styles. Choisissez-en un pour le mettre dans votre zone de script, où vous pourrez encore le modifier.</translation>
    </message>
    <message>
        <source>Note: JoggAI may still rewrite the narration of a product video, even when you give it a script.</source>
        <translation>Remarque : JoggAI peut quand même réécrire la narration d&apos;une vidéo produit, même si vous lui donnez un script.</translation>
    </message>
    <message>
        <source>Ask again (%1 credit)</source>
        <translation>Redemander (%1 crédit)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Each time you ask, JoggAI charges %1 credit.</source>
        <translation>À chaque demande, JoggAI facture %1 crédit.</translation>
    </message>
    <message>
        <source>Ask JoggAI (%1 credit)</source>
        <translation>Demander à JoggAI (%1 crédit)</translation>
    </message>
    <message>
        <source>Look again (free)</source>
        <translation>Regarder à nouveau (gratuit)</translation>
    </message>
    <message>
        <source>Shows the scripts you already asked for, once JoggAI has written them. Nothing is charged.</source>
        <translation>Affiche les scripts déjà demandés, une fois que JoggAI les a écrits. Rien n&apos;est facturé.</translation>
    </message>
    <message>
        <source>JoggAI is writing scripts for your product… This usually takes less than a minute.</source>
        <translation>JoggAI écrit des scripts pour votre produit… Cela prend généralement moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>Waiting for JoggAI</source>
        <translation>En attente de JoggAI</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Arrêter d&apos;attendre</translation>
    </message>
    <message>
        <source>Stopping does not give back the %1 credit: JoggAI has the request already.</source>
        <translation>Arrêter ne rend pas le %1 crédit : JoggAI a déjà la demande.</translation>
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
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>Video name</source>
        <translation>Nom de la vidéo</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Your own script</source>
        <translation>Votre propre script</translation>
    </message>
    <message>
        <source>Leave empty and JoggAI writes the script from your product details.</source>
        <translation>Laissez vide et JoggAI écrira le script à partir des informations du produit.</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>(JoggAI&apos;s videos often run a few seconds longer)</source>
        <translation>(les vidéos JoggAI durent souvent un peu plus)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Show captions</source>
        <translation>Afficher les sous-titres</translation>
    </message>
    <message>
        <source>Subtitles in the video: the script as text on screen</source>
        <translation>Sous-titres dans la vidéo : le script en texte à l’écran</translation>
    </message>
    <message>
        <source>Optional: a name to find this video by in JoggAI</source>
        <translation>Facultatif : un nom pour retrouver cette vidéo dans JoggAI</translation>
    </message>
    <message>
        <source>&amp;Language of the script and the voice:</source>
        <translation>&amp;Langue du script et de la voix :</translation>
    </message>
    <message>
        <source>Script &amp;style:</source>
        <translation>&amp;Style du script :</translation>
    </message>
    <message>
        <source>Your &amp;own script for this product (optional; JoggAI may shorten it to fit the length):</source>
        <translation>Votre &amp;propre script pour ce produit (facultatif ; JoggAI peut le raccourcir pour respecter la durée) :</translation>
    </message>
    <message>
        <source>How the video speaks: its language, its style, or your own words.</source>
        <translation>Comment la vidéo parle : sa langue, son style, ou vos propres mots.</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Choisir un avatar</translation>
    </message>
    <message>
        <source>The presenter of your video. Click one to see it move; filters narrow the list.</source>
        <translation>La personne qui présente votre vidéo. Cliquez sur un avatar pour le voir en mouvement ; les filtres affinent la liste.</translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation>Choisir une voix</translation>
    </message>
    <message>
        <source>Voices for the script&apos;s language. Press Space or a row&apos;s play button to hear one.</source>
        <translation>Les voix pour la langue du script. Appuyez sur Espace ou sur le bouton de lecture d’une ligne pour en écouter une.</translation>
    </message>
    <message>
        <source>Choose background music</source>
        <translation>Choisir une musique de fond</translation>
    </message>
    <message>
        <source>Press Space or a row&apos;s play button to hear a track.</source>
        <translation>Appuyez sur Espace ou sur le bouton de lecture d’une ligne pour écouter un morceau.</translation>
    </message>
    <message>
        <source>Choose the look</source>
        <translation>Choisir l’apparence</translation>
    </message>
    <message>
        <source>A visual style for this format, or one of your templates.</source>
        <translation>Un style visuel pour ce format, ou l’un de vos modèles.</translation>
    </message>
    <message>
        <source>This sample could not be played.</source>
        <translation>Cet extrait n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Réglages de la vidéo</translation>
    </message>
    <message>
        <source>Choose how your video looks and sounds. You can see the cost before you start.</source>
        <translation>Choisissez l’allure et le son de votre vidéo. Vous voyez le coût avant de lancer.</translation>
    </message>
    <message>
        <source>Make video ({cost})</source>
        <translation>Créer la vidéo ({cost})</translation>
    </message>
    <message>
        <source>Pick an avatar to present your product.</source>
        <translation>Choisissez un avatar pour présenter votre produit.</translation>
    </message>
    <message>
        <source>Pick a template, or choose a visual style instead.</source>
        <translation>Choisissez un modèle, ou plutôt un style visuel.</translation>
    </message>
    <message>
        <source>{old} has no {format} version: {new} is chosen instead.</source>
        <translation>{old} n’existe pas au format {format} : {new} est choisi à la place.</translation>
    </message>
    <message>
        <source>JoggAI chooses a voice that matches the avatar</source>
        <translation>JoggAI choisit une voix assortie à l’avatar</translation>
    </message>
    <message>
        <source>Your own script: “{start}”</source>
        <translation>Votre propre script : « {start} »</translation>
    </message>
    <message>
        <source>No avatar chosen yet</source>
        <translation>Aucun avatar choisi</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>Avatar {id}</translation>
    </message>
    <message>
        <source>Visual style: {title}</source>
        <translation>Style visuel : {title}</translation>
    </message>
    <message>
        <source>Template: {name}</source>
        <translation>Modèle : {name}</translation>
    </message>
    <message>
        <source>No template for this format yet: pick one or a visual style</source>
        <translation>Pas encore de modèle pour ce format : choisissez-en un, ou un style visuel</translation>
    </message>
    <message>
        <source>Loading avatars…</source>
        <translation>Chargement des avatars…</translation>
    </message>
    <message>
        <source>Loading music…</source>
        <translation>Chargement des musiques…</translation>
    </message>
    <message>
        <source>Loading visual styles and templates…</source>
        <translation>Chargement des styles visuels et des modèles…</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Chargement des voix…</translation>
    </message>
    <message>
        <source>Could not load this list. Use “Try again” above.</source>
        <translation>Impossible de charger cette liste. Utilisez « Réessayer » ci-dessus.</translation>
    </message>
    <message>
        <source>Your own {what} could not be loaded; the JoggAI library is shown.</source>
        <translation>Vos {what} n’ont pas pu être chargés ; la bibliothèque JoggAI est affichée.</translation>
    </message>
    <message>
        <source>avatars</source>
        <translation>avatars</translation>
    </message>
    <message>
        <source>No voices for this language: JoggAI will choose one.</source>
        <translation>Aucune voix pour cette langue : JoggAI en choisira une.</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>voix</translation>
    </message>
    <message>
        <source>music</source>
        <translation>musiques</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>modèles</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Visual styles</source>
        <translation>Styles visuels</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Suggested script in the style %1</source>
        <translation>Script suggéré dans le style %1</translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation>Utiliser ce script</translation>
    </message>
    <message>
        <source>Use the %1 script</source>
        <translation>Utiliser le script « %1 »</translation>
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
        <translation>Avatars</translation>
    </message>
    <message>
        <source>avatar ids, e.g. 81, 412 (custom:7 for your own)</source>
        <translation>identifiants d’avatar, p. ex. 81, 412 (custom:7 pour les vôtres)</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>voice ids, e.g. en-US-JennyNeural</source>
        <translation>identifiants de voix, p. ex. en-US-JennyNeural</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>Apparences</translation>
    </message>
    <message>
        <source>e.g. style:Split, template:12</source>
        <translation>p. ex. style:Split, template:12</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>Durées</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Video player</source>
        <translation>Lecteur vidéo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lire (Espace)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>No sound device found: the video plays without sound.</source>
        <translation>Aucun périphérique audio trouvé : la vidéo est lue sans le son.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
</context>
<context>
    <name>VoiceList</name>
    <message>
        <source>Voice gender</source>
        <translation>Genre de la voix</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>Voice age</source>
        <translation>Âge de la voix</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Let JoggAI choose a voice</source>
        <translation>Laisser JoggAI choisir une voix</translation>
    </message>
    <message>
        <source>matches the avatar</source>
        <translation>s’accorde avec l’avatar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>No web browser could be opened from here. The address is copied: paste it into your browser: {url}</source>
        <translation>Aucun navigateur n’a pu être ouvert d’ici. L’adresse est copiée, collez-la dans votre navigateur : {url}</translation>
    </message>
    <message>
        <source>No file manager could be opened from here. The folder&apos;s path is copied: {path}</source>
        <translation>Aucun gestionnaire de fichiers n’a pu être ouvert d’ici. Le chemin du dossier est copié : {path}</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Product link</source>
        <translation>Lien du produit</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Informations du produit</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Réglages de la vidéo</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Votre vidéo</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Demo mode: a built-in simulator, nothing is charged.</source>
        <translation>Mode démo : un simulateur intégré, rien n’est facturé.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Forget your API key?</source>
        <translation>Oublier votre clé API ?</translation>
    </message>
    <message>
        <source>The app forgets your JoggAI API key and removes it from this computer. To make videos again you paste it again (in JoggAI: your avatar → API).</source>
        <translation>L’application oublie votre clé API JoggAI et la retire de cet ordinateur. Pour créer à nouveau des vidéos, collez-la de nouveau (dans JoggAI : votre avatar → API).</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
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
        <translation>Changer de clé API…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>Oublier la clé API</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DÉMO — %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Make many videos…</source>
        <translation>Créer de nombreuses vidéos…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your videos appear here once your API key is set up.</source>
        <translation>Vos vidéos apparaîtront ici une fois votre clé API configurée.</translation>
    </message>
    <message>
        <source>Set up your API key first, then make many videos at once.</source>
        <translation>Configurez d’abord votre clé API, puis créez de nombreuses vidéos d’un coup.</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no API key.</source>
        <translation>Diagnostic copié. Il ne contient aucune clé API.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Play sample of {name}</source>
        <translation>Écouter un extrait de {name}</translation>
    </message>
    <message>
        <source>Play a sample (Space)</source>
        <translation>Écouter un extrait (Espace)</translation>
    </message>
    <message>
        <source>Stop sample of {name}</source>
        <translation>Arrêter l’extrait de {name}</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>JoggAI API version (advanced)</source>
        <translation>Version de l’API JoggAI (avancé)</translation>
    </message>
    <message>
        <source>v2 — JoggAI&apos;s current API (recommended)</source>
        <translation>v2 — l’API actuelle de JoggAI (recommandée)</translation>
    </message>
    <message>
        <source>v1 — the older API (templates, 16 script styles)</source>
        <translation>v1 — l’ancienne API (modèles, 16 styles de script)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>JoggAI asked us to slow down — trying again now…</source>
        <translation>JoggAI nous demande de ralentir : nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>JoggAI asked us to slow down — waiting {n} s before the next try.</source>
        <translation>JoggAI nous demande de ralentir : attente de {n} s avant la prochaine tentative.</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — trying again now…</source>
        <translation>Impossible de joindre JoggAI : nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — still trying (next try in {n} s).</source>
        <translation>Impossible de joindre JoggAI : nouvelle tentative dans {n} s.</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — trying again now…</source>
        <translation>JoggAI rencontre un problème : nouvelle tentative en cours…</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — still trying (next try in {n} s).</source>
        <translation>JoggAI rencontre un problème : nouvelle tentative dans {n} s.</translation>
    </message>
</context>
</TS>
