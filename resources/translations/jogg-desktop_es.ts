<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation>
            <numerusform>Retomando %n vídeo de la última vez.</numerusform>
            <numerusform>Retomando %n vídeos de la última vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation>
            <numerusform>No se pudo confirmar %n solicitud de vídeo al cerrarse la app: revisa tus vídeos en JoggAI antes de volver a intentarlo.</numerusform>
            <numerusform>No se pudieron confirmar %n solicitudes de vídeo al cerrarse la app: revisa tus vídeos en JoggAI antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The History window shows how they are doing.</source>
        <translation>En el historial puedes ver cómo van.</translation>
    </message>
    <message>
        <source>The videos from last time are finished: see History.</source>
        <translation>Los vídeos de la última vez están terminados: míralos en el historial.</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Iniciando la demo…</translation>
    </message>
    <message>
        <source>The demo did not start in time. Please try again.</source>
        <comment>Demo</comment>
        <translation>La demo no se inició a tiempo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The demo stopped unexpectedly. Please try again.</source>
        <comment>Demo</comment>
        <translation>La demo se detuvo de forma inesperada. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The demo could not be started. Please try again.</source>
        <comment>Demo</comment>
        <translation>No se pudo iniciar la demo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>JoggAI did not accept your API key. Check that you copied the whole key from JoggAI (your avatar → API).</source>
        <translation>JoggAI no aceptó tu clave de API. Comprueba que copiaste la clave completa desde JoggAI (tu avatar → API).</translation>
    </message>
    <message>
        <source>Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.</source>
        <translation>Tu cuenta de JoggAI se quedó sin créditos. Añade créditos en JoggAI y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your JoggAI plan does not include this feature through the API. Upgrade your plan in JoggAI, or contact JoggAI support.</source>
        <translation>Tu plan de JoggAI no incluye esta función a través de la API. Mejora tu plan en JoggAI o contacta con el soporte de JoggAI.</translation>
    </message>
    <message>
        <source>JoggAI could not find this item any more. Please start again.</source>
        <translation>JoggAI ya no encuentra este elemento. Empieza de nuevo.</translation>
    </message>
    <message>
        <source>JoggAI did not accept some of the details. Please check them and try again.</source>
        <translation>JoggAI no aceptó algunos datos. Revísalos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>JoggAI is busy with your earlier requests. Please wait a moment and try again.</source>
        <translation>JoggAI todavía está procesando tus solicitudes anteriores. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>JoggAI is having a problem right now. Please try again in a few minutes.</source>
        <translation>JoggAI tiene un problema en este momento. Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Could not reach JoggAI. Check your internet connection and try again.</source>
        <translation>No se pudo conectar con JoggAI. Revisa tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>JoggAI took too long to answer. Please try again.</source>
        <translation>JoggAI tardó demasiado en responder. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>JoggAI sent an answer the app could not understand. Please try again later.</source>
        <translation>JoggAI envió una respuesta que la app no entiende. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>JoggAI could not read the product details from this page. Check the link, or enter the product details yourself.</source>
        <translation>JoggAI no pudo leer los datos del producto en esta página. Revisa el enlace o introduce tú mismo los datos del producto.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video. It may already be rendering and may have used credits. Check your videos in JoggAI before trying again.</source>
        <translation>No pudimos confirmar si JoggAI empezó tu vídeo. Puede que ya se esté creando y que haya usado créditos. Revisa tus vídeos en JoggAI antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>JoggAI could not make this video. Try different images or settings.</source>
        <translation>JoggAI no pudo crear este vídeo. Prueba con otras imágenes u otros ajustes.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI wrote the script suggestions. It may have used 0.2 credit. You can ask again: that costs another 0.2 credit.</source>
        <translation>No pudimos confirmar si JoggAI escribió las sugerencias de guion. Puede haber usado 0,2 créditos. Puedes volver a pedirlas: eso cuesta otros 0,2 créditos.</translation>
    </message>
    <message>
        <source>JoggAI could not write script suggestions for this product. Try again, or write the script yourself.</source>
        <translation>JoggAI no pudo escribir sugerencias de guion para este producto. Inténtalo de nuevo o escribe el guion tú mismo.</translation>
    </message>
    <message>
        <source>JoggAI is taking much longer than usual to write the script suggestions. Try again later, or write the script yourself.</source>
        <translation>JoggAI está tardando mucho más de lo habitual en escribir las sugerencias de guion. Inténtalo más tarde o escribe el guion tú mismo.</translation>
    </message>
    <message>
        <source>This video was deleted in JoggAI.</source>
        <translation>Este vídeo se eliminó en JoggAI.</translation>
    </message>
    <message>
        <source>This video is taking much longer than usual. It may still finish: check again later, or contact JoggAI support.</source>
        <translation>Este vídeo está tardando mucho más de lo normal. Puede que aún termine: vuelve a mirar más tarde o contacta con el soporte de JoggAI.</translation>
    </message>
    <message>
        <source>The finished video could not be downloaded from JoggAI. It is kept there: try again later (nothing is charged again).</source>
        <translation>No se pudo descargar el vídeo terminado desde JoggAI. Sigue guardado allí: vuelve a intentarlo más tarde (no se cobra nada de nuevo).</translation>
    </message>
    <message>
        <source>JoggAI did not accept the file upload. Please try again.</source>
        <translation>JoggAI no aceptó la subida del archivo. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to JoggAI could not be verified. If your company network checks secure traffic, ask your IT team to install its certificate on this computer; also check the computer&apos;s date and time.</source>
        <translation>No se pudo verificar la conexión segura con JoggAI. Si la red de tu empresa inspecciona el tráfico seguro, pide a tu equipo de TI que instale su certificado en este ordenador; revisa también la fecha y la hora del ordenador.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (only an address on this computer may use http://): otherwise your API key would travel unprotected.</source>
        <translation>La dirección de la API debe empezar por https:// (solo una dirección de este ordenador puede usar http://): si no, tu clave de API viajaría sin protección.</translation>
    </message>
    <message>
        <source>The app cannot save videos in %1. Choose another folder, or fix its permissions. Nothing was charged.</source>
        <translation>La app no puede guardar vídeos en %1. Elige otra carpeta o corrige sus permisos. No se cobró nada.</translation>
    </message>
    <message>
        <source>The disk with %1 is nearly full. Free some space or choose another folder. Nothing was charged.</source>
        <translation>El disco de %1 está casi lleno. Libera espacio o elige otra carpeta. No se cobró nada.</translation>
    </message>
    <message>
        <source>The video could not be saved in %1. It is kept in JoggAI: choose another folder and download it again (nothing is charged again).</source>
        <translation>No se pudo guardar el vídeo en %1. Sigue guardado en JoggAI: elige otra carpeta y vuelve a descargarlo (no se cobra nada de nuevo).</translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved in %1. Free some space (or choose another folder), then download it again: nothing is charged again.</source>
        <translation>El disco está lleno, así que no se pudo guardar el vídeo en %1. Libera espacio (o elige otra carpeta) y vuelve a descargarlo: no se cobra nada de nuevo.</translation>
    </message>
    <message>
        <source>JoggAI sent something that is not a video. Please try downloading it again later.</source>
        <translation>JoggAI envió algo que no es un vídeo. Vuelve a descargarlo más tarde.</translation>
    </message>
    <message>
        <source>JoggAI started your video, but the app could not note it in its list. It will be finished when the app starts again. Nothing is charged again.</source>
        <translation>JoggAI empezó tu vídeo, pero la app no pudo anotarlo en su lista. Se terminará cuando la app vuelva a abrirse. No se cobra nada de nuevo.</translation>
    </message>
    <message>
        <source>Some of the details are not valid. Please check them.</source>
        <translation>Algunos datos no son válidos. Revísalos.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) could not be used. Try again; if it keeps happening, send the details to support.</source>
        <translation>No se pudo usar la lista de vídeos de la app (%1). Vuelve a intentarlo; si sigue pasando, envía los detalles al soporte.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is busy: another Jogg Desktop window is writing to it. Wait a moment and try again.</source>
        <translation>La lista de vídeos de la app (%1) está ocupada: otra ventana de Jogg Desktop está escribiendo en ella. Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk with the app&apos;s list of videos (%1) is full. Free some space, then try again.</source>
        <translation>El disco donde está la lista de vídeos de la app (%1) está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The app cannot write its list of videos (%1). Check that you may write to that folder.</source>
        <translation>La app no puede escribir su lista de vídeos (%1). Comprueba que puedes escribir en esa carpeta.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is damaged. Rename or move that file, then start again: the app makes a new list. Keep the old file for support: it may list paid videos.</source>
        <translation>La lista de vídeos de la app (%1) está dañada. Cambia el nombre del archivo o muévelo y vuelve a empezar: la app creará una lista nueva. Guarda el archivo antiguo para el soporte: puede incluir vídeos pagados.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) was written by a newer version of Jogg Desktop. Update the app.</source>
        <translation>La lista de vídeos de la app (%1) la escribió una versión más reciente de Jogg Desktop. Actualiza la app.</translation>
    </message>
    <message>
        <source>The record of this video in %1 is damaged and was set aside. The other videos are not affected.</source>
        <translation>El registro de este vídeo en %1 está dañado y se apartó. Los demás vídeos no se ven afectados.</translation>
    </message>
    <message>
        <source>This video was not started: the app closed before asking JoggAI. Nothing was charged.</source>
        <translation>Este vídeo no se inició: la app se cerró antes de pedírselo a JoggAI. No se cobró nada.</translation>
    </message>
    <message>
        <source>This video is being finished in another Jogg Desktop window. Wait for it there.</source>
        <translation>Este vídeo se está terminando en otra ventana de Jogg Desktop. Espera allí.</translation>
    </message>
    <message>
        <source>This video was never started in JoggAI, so there is nothing to download.</source>
        <translation>Este vídeo nunca se inició en JoggAI, así que no hay nada que descargar.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this video. Please try again.</source>
        <translation>Algo inesperado salió mal con este vídeo. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to JoggAI.</source>
        <translation>Algo salió mal al comunicarse con JoggAI.</translation>
    </message>
    <message>
        <source>the chosen folder</source>
        <translation>la carpeta elegida</translation>
    </message>
    <message>
        <source>This took too long. Please try again.</source>
        <translation>Esto tardó demasiado. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file “%1” could not be found. It may have been moved or deleted.</source>
        <translation>No se encuentra el archivo «%1». Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>The app is not allowed to open or write this file. Check its permissions.</source>
        <translation>La app no tiene permiso para abrir o escribir este archivo. Revisa sus permisos.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the file and free disk space, then try again.</source>
        <translation>No se pudo leer o escribir un archivo. Revisa el archivo y el espacio libre en disco, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, copy the details and send them to support.</source>
        <translation>Algo inesperado salió mal. Vuelve a intentarlo; si sigue pasando, copia los detalles y envíalos al soporte.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Fix API key</source>
        <translation>Corregir la clave de API</translation>
    </message>
    <message>
        <source>Buy credits in JoggAI</source>
        <translation>Comprar créditos en JoggAI</translation>
    </message>
    <message>
        <source>Open JoggAI</source>
        <translation>Abrir JoggAI</translation>
    </message>
    <message>
        <source>Enter details myself</source>
        <translation>Introducir los datos yo mismo</translation>
    </message>
    <message>
        <source>Check my videos in JoggAI</source>
        <translation>Revisar mis vídeos en JoggAI</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Asking JoggAI to start…</source>
        <translation>Pidiendo a JoggAI que empiece…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue</source>
        <translation>En la cola de JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making your video</source>
        <translation>JoggAI está creando tu vídeo</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Descargando… %1 %</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Descargando… %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Not confirmed — check your videos in JoggAI before trying again</source>
        <translation>Sin confirmar: revisa tus vídeos en JoggAI antes de volver a intentarlo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation>Vídeo sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédito</numerusform>
            <numerusform>%n créditos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly last time. Your videos, jobs and settings are kept, and videos that were being made are picked up again. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>Jogg Desktop se cerró inesperadamente la última vez. Tus vídeos, trabajos y ajustes se conservan, y los vídeos que se estaban creando se retoman. Si vuelve a pasar, copia los detalles de abajo y envíalos al soporte. No contienen ninguna clave de API.</translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly</source>
        <translation>Jogg Desktop se cerró inesperadamente</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>This video used %1 (JoggAI&apos;s figure).</source>
        <translation>Este vídeo usó %1 (dato de JoggAI).</translation>
    </message>
    <message>
        <source>Your JoggAI balance: %1 (JoggAI&apos;s figure; it may take a while to update).</source>
        <translation>Tu saldo de JoggAI: %1 (dato de JoggAI; puede tardar en actualizarse).</translation>
    </message>
    <message>
        <source>%1 of %2 videos are ready; %3 failed.</source>
        <translation>%1 de %2 vídeos están listos; %3 con error.</translation>
    </message>
    <message>
        <source>Your batch is finished</source>
        <translation>Tu tanda ha terminado</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>The avatar fills the screen; your pictures cut in between.</source>
        <translation>El avatar ocupa la pantalla; tus imágenes aparecen entre medias.</translation>
    </message>
    <message>
        <source>Floating avatar</source>
        <translation>Avatar flotante</translation>
    </message>
    <message>
        <source>Your pictures fill the screen; the avatar floats in a corner.</source>
        <translation>Tus imágenes ocupan la pantalla; el avatar flota en una esquina.</translation>
    </message>
    <message>
        <source>Avatar below</source>
        <translation>Avatar abajo</translation>
    </message>
    <message>
        <source>Your pictures on top, the avatar underneath.</source>
        <translation>Tus imágenes arriba y el avatar debajo.</translation>
    </message>
    <message>
        <source>Avatar bubble</source>
        <translation>Avatar en burbuja</translation>
    </message>
    <message>
        <source>The avatar in a small round bubble over your pictures.</source>
        <translation>El avatar en una pequeña burbuja redonda sobre tus imágenes.</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrusel</translation>
    </message>
    <message>
        <source>Your pictures turn from one to the next; the avatar presents.</source>
        <translation>Tus imágenes pasan una tras otra; el avatar presenta.</translation>
    </message>
    <message>
        <source>Floating, then voice</source>
        <translation>Flotante, luego voz</translation>
    </message>
    <message>
        <source>The avatar floats in a corner, then only its voice goes on.</source>
        <translation>El avatar flota en una esquina y después solo sigue su voz.</translation>
    </message>
    <message>
        <source>Tilted frame</source>
        <translation>Marco inclinado</translation>
    </message>
    <message>
        <source>Your pictures in a tilted frame beside the avatar.</source>
        <translation>Tus imágenes en un marco inclinado junto al avatar.</translation>
    </message>
    <message>
        <source>Sharp pictures</source>
        <translation>Imágenes nítidas</translation>
    </message>
    <message>
        <source>Your pictures shown whole on a plain background, no blurred fill.</source>
        <translation>Tus imágenes completas sobre un fondo liso, sin relleno difuminado.</translation>
    </message>
    <message>
        <source>Pictures only</source>
        <translation>Solo imágenes</translation>
    </message>
    <message>
        <source>Just your pictures, one after another, with the voice over them.</source>
        <translation>Solo tus imágenes, una tras otra, con la voz encima.</translation>
    </message>
    <message>
        <source>Split screen</source>
        <translation>Pantalla dividida</translation>
    </message>
    <message>
        <source>The screen split in two: your product and the avatar side by side.</source>
        <translation>La pantalla dividida en dos: tu producto y el avatar uno al lado del otro.</translation>
    </message>
    <message>
        <source>A layout from JoggAI&apos;s library.</source>
        <translation>Un diseño de la biblioteca de JoggAI.</translation>
    </message>
</context>
<context>
    <name>AspectCards</name>
    <message>
        <source>Aspect ratio</source>
        <translation>Formato de imagen</translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation>Vertical 9:16</translation>
    </message>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Horizontal 16:9</translation>
    </message>
    <message>
        <source>YouTube, websites</source>
        <translation>YouTube, sitios web</translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation>Cuadrado 1:1</translation>
    </message>
    <message>
        <source>Feeds, marketplaces</source>
        <translation>Feeds, marketplaces</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <source>Show avatars from</source>
        <translation>Mostrar avatares de</translation>
    </message>
    <message>
        <source>All avatars</source>
        <translation>Todos los avatares</translation>
    </message>
    <message>
        <source>JoggAI library</source>
        <translation>Biblioteca de JoggAI</translation>
    </message>
    <message>
        <source>My avatars</source>
        <translation>Mis avatares</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Cualquier género</translation>
    </message>
    <message>
        <source>Avatar gender</source>
        <translation>Género del avatar</translation>
    </message>
    <message>
        <source>Avatar age</source>
        <translation>Edad del avatar</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation>Estilo del avatar</translation>
    </message>
    <message>
        <source>Any style</source>
        <translation>Cualquier estilo</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatares</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>Avatar {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>No avatar matches these filters for this aspect ratio.</source>
        <translation>Ningún avatar coincide con estos filtros para este formato.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n mostrado</numerusform>
            <numerusform>%n mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Icono del mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Leyendo la página del producto</translation>
    </message>
    <message>
        <source>Asking JoggAI</source>
        <translation>Pidiendo a JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making it</source>
        <translation>JoggAI lo está creando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Make many videos</source>
        <translation>Crear muchos vídeos</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Nueva tanda</translation>
    </message>
    <message>
        <source>Product links, one per line</source>
        <translation>Enlaces de productos, uno por línea</translation>
    </message>
    <message>
        <source>Paste product page links here, one per line</source>
        <translation>Pega aquí los enlaces de las páginas de producto, uno por línea</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Add from History…</source>
        <translation>Añadir del historial…</translation>
    </message>
    <message>
        <source>Settings for every video</source>
        <translation>Ajustes para cada vídeo</translation>
    </message>
    <message>
        <source>The current video settings</source>
        <translation>Los ajustes de vídeo actuales</translation>
    </message>
    <message>
        <source>Saved settings: %1</source>
        <translation>Ajustes guardados: %1</translation>
    </message>
    <message>
        <source>Folder for the videos</source>
        <translation>Carpeta para los vídeos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Make the videos…</source>
        <translation>Crear los vídeos…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Videos of the batch</source>
        <translation>Vídeos de la tanda</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Cancelar la tanda</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Check the links: %1</source>
        <translation>Revisa los enlaces: %1</translation>
    </message>
    <message>
        <source>Check the variants.</source>
        <translation>Revisa las variantes.</translation>
    </message>
    <message>
        <source>Paste links, import a CSV or add products from the History.</source>
        <translation>Pega enlaces, importa un CSV o añade productos del historial.</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>Importar un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>This file could not be read. Is it a CSV file?</source>
        <translation>No se pudo leer este archivo. ¿Es un archivo CSV?</translation>
    </message>
    <message>
        <source>This CSV cannot be used: %1</source>
        <translation>Este CSV no se puede usar: %1</translation>
    </message>
    <message>
        <source>The History has no products yet.</source>
        <translation>El historial aún no tiene productos.</translation>
    </message>
    <message>
        <source>Save the videos in</source>
        <translation>Guardar los vídeos en</translation>
    </message>
    <message>
        <source>Make the videos?</source>
        <translation>¿Crear los vídeos?</translation>
    </message>
    <message>
        <source>%1.

This uses %2 credits from your JoggAI account.</source>
        <translation>%1.

Esto usa %2 créditos de tu cuenta de JoggAI.</translation>
    </message>
    <message>
        <source>Make %1 videos</source>
        <translation>Crear %1 vídeos</translation>
    </message>
    <message>
        <source>%1 of %2 videos done, %3 failed, %4 credits used</source>
        <translation>%1 de %2 vídeos listos, %3 con error, %4 créditos usados</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Cancelled: videos already requested are still finished</source>
        <translation>Cancelado: los vídeos ya solicitados se terminarán igualmente</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>The results could not be saved there. Choose another folder.</source>
        <translation>No se pudieron guardar los resultados ahí. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>Results saved: %1</source>
        <translation>Resultados guardados: %1</translation>
    </message>
    <message>
        <source>The batch goes on in the background (%1 of %2 videos done). Open “Make many videos…” to follow it.</source>
        <translation>La tanda sigue en segundo plano (%1 de %2 vídeos listos). Abre «Crear muchos vídeos…» para seguirla.</translation>
    </message>
    <message>
        <source>Read the product page again (nothing was charged)</source>
        <translation>Volver a leer la página del producto (no se cobró nada)</translation>
    </message>
    <message>
        <source>Ask JoggAI again: this video was never started, nothing was charged</source>
        <translation>Volver a pedirlo a JoggAI: este vídeo nunca se inició, no se cobró nada</translation>
    </message>
    <message>
        <source>Download the finished video again (no new charge)</source>
        <translation>Descargar de nuevo el vídeo terminado (sin nuevo cobro)</translation>
    </message>
    <message>
        <source>This video cannot be retried safely: it may have used credits already</source>
        <translation>Este vídeo no se puede reintentar con seguridad: puede que ya haya usado créditos</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malayo</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Chino simplificado</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Chino tradicional</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonés</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
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
        <translation>Checo</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulú</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Flemish</source>
        <translation>Flamenco</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letón</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>Oriya</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>Asamés</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarés</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amárico</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbio</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Don&apos;t Worry</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>Casual and reassuring: names a worry and shows how the product solves it.</source>
        <translation>Cercano y tranquilizador: nombra una preocupación y muestra cómo el producto la resuelve.</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Descubrimiento</translation>
    </message>
    <message>
        <source>An exciting new find, shared like a tip with a friend.</source>
        <translation>Un hallazgo emocionante, compartido como un consejo entre amigos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Facts, numbers and specifications up front.</source>
        <translation>Hechos, cifras y especificaciones desde el principio.</translation>
    </message>
    <message>
        <source>Top 3 reasons</source>
        <translation>Top 3 razones</translation>
    </message>
    <message>
        <source>Three clear reasons to buy, one after another.</source>
        <translation>Tres razones claras para comprar, una tras otra.</translation>
    </message>
    <message>
        <source>Soft Selling</source>
        <translation>Venta suave</translation>
    </message>
    <message>
        <source>Gentle and friendly, no hard push.</source>
        <translation>Amable y cercano, sin presionar.</translation>
    </message>
    <message>
        <source>Humor &amp; Meme</source>
        <translation>Humor y memes</translation>
    </message>
    <message>
        <source>Light-hearted and funny, in the style of social media memes.</source>
        <translation>Desenfadado y divertido, al estilo de los memes de redes sociales.</translation>
    </message>
    <message>
        <source>Feature Explainer</source>
        <translation>Explicación de funciones</translation>
    </message>
    <message>
        <source>Walks through the main features and what each one does.</source>
        <translation>Recorre las funciones principales y lo que hace cada una.</translation>
    </message>
    <message>
        <source>Soft Storytelling with Twist</source>
        <translation>Historia con giro</translation>
    </message>
    <message>
        <source>A short story that ends with a surprise.</source>
        <translation>Una historia corta con un final sorprendente.</translation>
    </message>
    <message>
        <source>Expert Advice</source>
        <translation>Consejo de experto</translation>
    </message>
    <message>
        <source>Sounds like a knowledgeable expert recommending the product.</source>
        <translation>Suena como un experto que recomienda el producto.</translation>
    </message>
    <message>
        <source>Unboxing &amp; Review</source>
        <translation>Unboxing y reseña</translation>
    </message>
    <message>
        <source>Like opening the box and giving an honest first review.</source>
        <translation>Como abrir la caja y dar una primera opinión sincera.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Sets a challenge and shows the product rising to it.</source>
        <translation>Plantea un reto y muestra cómo el producto lo supera.</translation>
    </message>
    <message>
        <source>Problem/Solution</source>
        <translation>Problema/Solución</translation>
    </message>
    <message>
        <source>States a common problem, then presents the product as the fix.</source>
        <translation>Plantea un problema común y presenta el producto como la solución.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Shows how the product compares with the usual alternatives.</source>
        <translation>Muestra cómo se compara el producto con las alternativas habituales.</translation>
    </message>
    <message>
        <source>Creative/Innovative</source>
        <translation>Creativo/Innovador</translation>
    </message>
    <message>
        <source>Highlights what is new and inventive about the product.</source>
        <translation>Destaca lo que el producto tiene de nuevo e ingenioso.</translation>
    </message>
    <message>
        <source>Emotional Appeal</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <source>Speaks to feelings: comfort, joy, confidence.</source>
        <translation>Apela a los sentimientos: comodidad, alegría, confianza.</translation>
    </message>
    <message>
        <source>Immersive Storytelling</source>
        <translation>Historia inmersiva</translation>
    </message>
    <message>
        <source>Puts the viewer inside a scene where the product shines.</source>
        <translation>Sitúa al espectador en una escena donde el producto brilla.</translation>
    </message>
    <message>
        <source>Storytime</source>
        <translation>Hora del cuento</translation>
    </message>
    <message>
        <source>A short, story-driven narration around the product.</source>
        <translation>Una narración breve que cuenta una historia en torno al producto.</translation>
    </message>
    <message>
        <source>Light marketing</source>
        <translation>Marketing ligero</translation>
    </message>
    <message>
        <source>Soft, friendly promotion without a hard sell.</source>
        <translation>Promoción suave y cercana, sin presionar.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Adulto joven</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Joven</translation>
    </message>
    <message>
        <source>Middle aged</source>
        <translation>Mediana edad</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Mayor</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Making this video uses {cost} from your JoggAI account (1 credit per started 2 minutes of video).</source>
        <translation>Crear este vídeo usa {cost} de tu cuenta de JoggAI (1 crédito por cada 2 minutos de vídeo o fracción).</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>Coste: {cost}</translation>
    </message>
</context>
<context>
    <name>CoverGrid</name>
    <message>
        <source>Preview of the selected item</source>
        <translation>Vista previa del elemento seleccionado</translation>
    </message>
    <message>
        <source>Click an item to see it move.</source>
        <translation>Haz clic en un elemento para verlo en movimiento.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>Lo sentimos: algo inesperado salió mal en Jogg Desktop. Tu trabajo hasta ahora se conserva. Si vuelve a pasar, copia los detalles de abajo y envíalos al soporte. No contienen ninguna clave de API.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Productos del historial</translation>
    </message>
    <message>
        <source>Products made before</source>
        <translation>Productos ya usados</translation>
    </message>
    <message>
        <source>Tick the products to make again (their pages are not read again):</source>
        <translation>Marca los productos que quieres volver a usar (sus páginas no se vuelven a leer):</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Your videos</source>
        <translation>Tus vídeos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>No videos yet. Videos you make will be listed here.</source>
        <translation>Aún no hay vídeos. Los vídeos que crees aparecerán aquí.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the video in your usual video player</source>
        <translation>Abrir el vídeo en tu reproductor habitual</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Descargar de nuevo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>Tiempo de creación: %1</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>Guardar una copia del vídeo</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <source>Checking the video in JoggAI…</source>
        <translation>Comprobando el vídeo en JoggAI…</translation>
    </message>
    <message>
        <source>Downloaded again.</source>
        <translation>Descargado de nuevo.</translation>
    </message>
    <message>
        <source>Delete from the list?</source>
        <translation>¿Quitar de la lista?</translation>
    </message>
    <message>
        <source>Remove “%1” from your videos? The saved video file is kept.</source>
        <translation>¿Quitar «%1» de tus vídeos? El archivo de vídeo guardado se conserva.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Welcome to Jogg Desktop</source>
        <translation>Te damos la bienvenida a Jogg Desktop</translation>
    </message>
    <message>
        <source>Turn a product page into a marketing video in a few clicks. To start, paste your JoggAI API key. You find it in the JoggAI app: click your avatar (top right), then &lt;b&gt;API&lt;/b&gt;, and copy the key.</source>
        <translation>Convierte la página de un producto en un vídeo publicitario en pocos clics. Para empezar, pega tu clave de API de JoggAI. La encontrarás en la app de JoggAI: haz clic en tu avatar (arriba a la derecha), luego en &lt;b&gt;API&lt;/b&gt;, y copia la clave.</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Pega aquí tu clave de API</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>Clave de API de JoggAI</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Clave de &amp;API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Mostrar la clave mientras escribes</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>Comprobar y guardar la clave</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Comprobando la clave</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Estado de la clave</translation>
    </message>
    <message>
        <source>Forget the saved key</source>
        <translation>Olvidar la clave guardada</translation>
    </message>
    <message>
        <source>Forget the saved API key</source>
        <translation>Olvidar la clave de API guardada</translation>
    </message>
    <message>
        <source>No key yet? Try the app with the built-in demo shop: nothing is charged.</source>
        <translation>¿Aún no tienes clave? Prueba la app con la tienda de demostración incluida: no se cobra nada.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Comprobando tu clave con JoggAI…</translation>
    </message>
    <message>
        <source>Key accepted (%1).</source>
        <translation>Clave aceptada (%1).</translation>
    </message>
    <message>
        <source>Key accepted.</source>
        <translation>Clave aceptada.</translation>
    </message>
    <message>
        <source>Your API key is forgotten: it is no longer saved on this computer. Paste it again to make videos.</source>
        <translation>Se olvidó tu clave de API: ya no está guardada en este ordenador. Pégala de nuevo para crear vídeos.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed and nothing is saved.</source>
        <translation>Estás usando la demo: no hace falta clave y no se guarda nada.</translation>
    </message>
    <message>
        <source>Your key is kept for this session only — you will need to paste it again next time.</source>
        <translation>Tu clave solo se guarda durante esta sesión: la próxima vez tendrás que pegarla de nuevo.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the script and the voice. Type to search.</source>
        <translation>El idioma del guion y de la voz. Escribe para buscar.</translation>
    </message>
    <message>
        <source>Matching languages</source>
        <translation>Idiomas que coinciden</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Buscar idiomas</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Paste the link of the product page you want a video for — your shop, Amazon, Shopify, Etsy… JoggAI reads the name, description and pictures from it.</source>
        <translation>Pega el enlace de la página del producto para el que quieres un vídeo: tu tienda, Amazon, Shopify, Etsy… JoggAI toma de ahí el nombre, la descripción y las imágenes.</translation>
    </message>
    <message>
        <source>https://your-shop.com/products/…</source>
        <translation>https://tu-tienda.com/productos/…</translation>
    </message>
    <message>
        <source>Product page link</source>
        <translation>Enlace de la página del producto</translation>
    </message>
    <message>
        <source>Product page &amp;link</source>
        <translation>&amp;Enlace de la página del producto</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <source>Analyze the product page</source>
        <translation>Analizar la página del producto</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problema con el enlace</translation>
    </message>
    <message>
        <source>Enter the product details myself</source>
        <translation>Introducir yo mismo los datos del producto</translation>
    </message>
    <message>
        <source>Demo shop products — click one to use it:</source>
        <translation>Productos de la tienda de demostración (haz clic en uno para usarlo):</translation>
    </message>
    <message>
        <source>No link, or the page cannot be read?</source>
        <translation>¿No tienes enlace o no se puede leer la página?</translation>
    </message>
    <message>
        <source>Many products? Make them all at once…</source>
        <translation>¿Muchos productos? Créalos todos a la vez…</translation>
    </message>
    <message>
        <source>Which product is the video for?</source>
        <translation>¿Para qué producto es el vídeo?</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Leyendo la página del producto</translation>
    </message>
    <message>
        <source>This usually takes 10 to 30 seconds. Esc stops it.</source>
        <translation>Suele tardar entre 10 y 30 segundos. Esc lo detiene.</translation>
    </message>
    <message>
        <source>This is not a web page link. Copy the product page&apos;s address from your browser — for example https://your-shop.com/products/mug.</source>
        <translation>Esto no es un enlace a una página web. Copia la dirección de la página del producto desde tu navegador, por ejemplo https://tu-tienda.com/productos/taza.</translation>
    </message>
    <message>
        <source>Stopped. You can change the link and try again.</source>
        <translation>Detenido. Puedes cambiar el enlace y volver a intentarlo.</translation>
    </message>
    <message>
        <source>Please paste the link of a product page.</source>
        <translation>Pega el enlace de la página de un producto.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Esto no parece una dirección web. Copia el enlace completo de la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <source>This link has no website name. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>A este enlace le falta el nombre del sitio web. Copia el enlace completo de la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <source>This looks like a shop&apos;s front page or a list of products. JoggAI makes a video of one product: paste that product&apos;s own page for the best result.</source>
        <translation>Parece la portada de una tienda o una lista de productos. JoggAI crea el vídeo de un producto: pega la página de ese producto para obtener el mejor resultado.</translation>
    </message>
    <message>
        <source>Use the demo product %1</source>
        <translation>Usar el producto de demostración %1</translation>
    </message>
</context>
<context>
    <name>LookChooser</name>
    <message>
        <source>Visual style</source>
        <translation>Estilo visual</translation>
    </message>
    <message>
        <source>Use a visual style</source>
        <translation>Usar un estilo visual</translation>
    </message>
    <message>
        <source>JoggAI lays out your product and the avatar in a ready-made style.</source>
        <translation>JoggAI presenta tu producto y el avatar con un estilo ya preparado.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>Usar una plantilla</translation>
    </message>
    <message>
        <source>Use a template from JoggAI&apos;s library or one you made.</source>
        <translation>Usa una plantilla de la biblioteca de JoggAI o una tuya.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>JoggAI arranges your product images and the avatar in this style.</source>
        <translation>JoggAI coloca las imágenes de tu producto y el avatar con este estilo.</translation>
    </message>
    <message>
        <source>Pick a template: its layout is used instead of a visual style.</source>
        <translation>Elige una plantilla: su diseño se usa en lugar de un estilo visual.</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>Plantilla {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>No template for this aspect ratio.</source>
        <translation>No hay plantillas para este formato.</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Product pictures and videos</source>
        <translation>Imágenes y vídeos del producto</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it.</source>
        <translation>Arrastra para reordenar; Ctrl+Izquierda o Ctrl+Derecha mueve el elemento seleccionado y Supr lo quita.</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Subiendo… %1 %</translation>
    </message>
    <message>
        <source>Link doesn&apos;t load</source>
        <translation>El enlace no carga</translation>
    </message>
    <message>
        <source>Nothing could be loaded from this link. Remove it, or add a working one.</source>
        <translation>No se pudo cargar nada desde este enlace. Quítalo o añade uno que funcione.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
</context>
<context>
    <name>MusicList</name>
    <message>
        <source>Background music</source>
        <translation>Música de fondo</translation>
    </message>
    <message>
        <source>No music</source>
        <translation>Sin música</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Track {id}</source>
        <translation>Pista {id}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Jogg Desktop</source>
        <translation>Mostrar Jogg Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>Tu vídeo está listo</translation>
    </message>
    <message>
        <source>“%1” is ready to watch and save.</source>
        <translation>«%1» ya está listo para ver y guardar.</translation>
    </message>
    <message>
        <source>Your video could not be made</source>
        <translation>No se pudo crear tu vídeo</translation>
    </message>
    <message>
        <source>“%1” failed. Open Jogg Desktop to see why and what to do.</source>
        <translation>«%1» falló. Abre Jogg Desktop para ver por qué y qué hacer.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Jogg Desktop is still working</source>
        <translation>Jogg Desktop sigue trabajando</translation>
    </message>
    <message>
        <source>Your videos are still being made. Jogg Desktop tells you when they are ready; use its icon here to show it again or to quit.</source>
        <translation>Tus vídeos se siguen creando. Jogg Desktop te avisará cuando estén listos; usa su icono aquí para volver a mostrarlo o para salir.</translation>
    </message>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation>
            <numerusform>Jogg Desktop: creando %n vídeo</numerusform>
            <numerusform>Jogg Desktop: creando %n vídeos</numerusform>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PlayableList</name>
    <message>
        <source>Press Space to hear a sample of the selected row.</source>
        <translation>Pulsa Espacio para escuchar una muestra de la fila seleccionada.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Folder for new videos</source>
        <translation>Carpeta para los vídeos nuevos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for new videos</source>
        <translation>Elegir la carpeta para los vídeos nuevos</translation>
    </message>
    <message>
        <source>Save new videos in</source>
        <translation>Guardar los vídeos nuevos en</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Jogg Desktop.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abras Jogg Desktop.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation>Avisarme cuando un vídeo esté listo o haya fallado</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>Clave de API de JoggAI</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Comprobar la clave</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>Cambiar la clave…</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Olvidar la clave</translation>
    </message>
    <message>
        <source>Where Jogg Desktop keeps its files</source>
        <translation>Dónde guarda Jogg Desktop sus archivos</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Videos list and data</source>
        <translation>Lista de vídeos y datos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the folder: %1</source>
        <translation>Abrir la carpeta: %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>JoggAI API generation</source>
        <translation>Generación de la API de JoggAI</translation>
    </message>
    <message>
        <source>Current (v2, recommended)</source>
        <translation>Actual (v2, recomendada)</translation>
    </message>
    <message>
        <source>Previous (v1)</source>
        <translation>Anterior (v1)</translation>
    </message>
    <message>
        <source>Which generation of JoggAI&apos;s API new videos use. Keep the current one unless JoggAI support asks otherwise.</source>
        <translation>Qué generación de la API de JoggAI usan los vídeos nuevos. Mantén la actual salvo que el soporte de JoggAI te indique otra cosa.</translation>
    </message>
    <message>
        <source>JoggAI API</source>
        <translation>API de JoggAI</translation>
    </message>
    <message>
        <source>No file manager opened it: the folder&apos;s path is copied, paste it into your file manager.</source>
        <translation>Ningún gestor de archivos la abrió: la ruta de la carpeta está copiada, pégala en tu gestor de archivos.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed.</source>
        <translation>Estás usando la demo: no hace falta clave.</translation>
    </message>
    <message>
        <source>A key is set up.</source>
        <translation>Hay una clave configurada.</translation>
    </message>
    <message>
        <source>No key is set up yet.</source>
        <translation>Todavía no hay ninguna clave configurada.</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Comprobando tu clave con JoggAI…</translation>
    </message>
    <message>
        <source>Your key works (account: %1).</source>
        <translation>Tu clave funciona (cuenta: %1).</translation>
    </message>
    <message>
        <source>Your key works.</source>
        <translation>Tu clave funciona.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Saved settings:</source>
        <translation>Mis ajustes:</translation>
    </message>
    <message>
        <source>Saved settings</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aún no hay nada guardado</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Save these settings…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This name is already taken by other saved settings. Choose another name.</source>
        <translation>Ese nombre ya lo usan otros ajustes guardados. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Guardar estos ajustes</translation>
    </message>
    <message>
        <source>A name for these settings (e.g. “Summer sale, portrait”):</source>
        <translation>Un nombre para estos ajustes (p. ej. «Rebajas de verano, vertical»):</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
    <message>
        <source>Replace saved settings?</source>
        <translation>¿Reemplazar los ajustes guardados?</translation>
    </message>
    <message>
        <source>There are saved settings called “%1” already. Replace them with these settings?</source>
        <translation>Ya hay ajustes guardados con el nombre «%1». ¿Reemplazarlos por estos?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Elegir otro nombre</translation>
    </message>
    <message>
        <source>Rename saved settings</source>
        <translation>Cambiar el nombre de los ajustes guardados</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete saved settings?</source>
        <translation>¿Eliminar los ajustes guardados?</translation>
    </message>
    <message>
        <source>Delete the saved settings “%1”? Your videos are not affected.</source>
        <translation>¿Eliminar los ajustes guardados «%1»? Tus vídeos no se ven afectados.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>e.g. Ceramic coffee mug, 350 ml</source>
        <translation>p. ej. Taza de café de cerámica, 350 ml</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>Descripción del producto</translation>
    </message>
    <message>
        <source>What it is, what it does, why people love it</source>
        <translation>Qué es, qué hace y por qué encanta a la gente</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Público objetivo</translation>
    </message>
    <message>
        <source>e.g. coffee lovers who work from home</source>
        <translation>p. ej. amantes del café que trabajan desde casa</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Target &amp;audience</source>
        <translation>Público &amp;objetivo</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Imágenes y vídeos</translation>
    </message>
    <message>
        <source>Description of the selected picture or video</source>
        <translation>Descripción de la imagen o el vídeo seleccionado</translation>
    </message>
    <message>
        <source>Describe the selected picture or video (optional, helps JoggAI use it well)</source>
        <translation>Describe la imagen o el vídeo seleccionado (opcional; ayuda a JoggAI a aprovecharlo bien)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add pictures or videos from this computer</source>
        <translation>Añadir imágenes o vídeos de este ordenador</translation>
    </message>
    <message>
        <source>Link to a picture or video</source>
        <translation>Enlace a una imagen o un vídeo</translation>
    </message>
    <message>
        <source>https://… link to a picture or video</source>
        <translation>https://… enlace a una imagen o un vídeo</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Añadir enlace</translation>
    </message>
    <message>
        <source>Add the picture or video at this link</source>
        <translation>Añadir la imagen o el vídeo de este enlace</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected picture or video</source>
        <translation>Quitar la imagen o el vídeo seleccionado</translation>
    </message>
    <message>
        <source>Move the selected item earlier</source>
        <translation>Mover el elemento seleccionado hacia delante</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+Left)</source>
        <translation>Mover antes (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>Move the selected item later</source>
        <translation>Mover el elemento seleccionado hacia atrás</translation>
    </message>
    <message>
        <source>Move later (Ctrl+Right)</source>
        <translation>Mover después (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>Estado de la subida</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: put the removed item back</source>
        <translation>Deshacer: devolver el elemento quitado</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Devolverlo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Remove links that don&apos;t load</source>
        <translation>Quitar los enlaces que no cargan</translation>
    </message>
    <message>
        <source>Remove every link that doesn&apos;t load</source>
        <translation>Quitar todos los enlaces que no cargan</translation>
    </message>
    <message>
        <source>Drag to reorder (the first ones matter most), or drop files here.</source>
        <translation>Arrastra para reordenar (los primeros son los que más cuentan) o suelta archivos aquí.</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Lo que aún falta</translation>
    </message>
    <message>
        <source>Tell us about your product</source>
        <translation>Cuéntanos sobre tu producto</translation>
    </message>
    <message>
        <source>Check the product details</source>
        <translation>Revisa los datos del producto</translation>
    </message>
    <message>
        <source>Add the product&apos;s name.</source>
        <translation>Escribe el nombre del producto.</translation>
    </message>
    <message>
        <source>Add a short description: JoggAI writes the video&apos;s script from it.</source>
        <translation>Añade una breve descripción: JoggAI escribe con ella el guion del vídeo.</translation>
    </message>
    <message>
        <source>Add at least one picture or video of the product.</source>
        <translation>Añade al menos una imagen o un vídeo del producto.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name and a short description, and add a few pictures.</source>
        <translation>Escribe el nombre del producto y una breve descripción, y añade algunas imágenes.</translation>
    </message>
    <message>
        <source>This is what JoggAI found on the page. Fix anything that is wrong, and choose the pictures and videos for the video.</source>
        <translation>Esto es lo que JoggAI encontró en la página. Corrige lo que no esté bien y elige las imágenes y vídeos para el vídeo.</translation>
    </message>
    <message>
        <source>JoggAI found no pictures on this page. If it is a shop&apos;s front page or a list of products, go back and paste one product&apos;s own page; or add pictures below.</source>
        <translation>JoggAI no encontró imágenes en esta página. Si es la portada de una tienda o una lista de productos, vuelve atrás y pega la página de un solo producto, o añade imágenes abajo.</translation>
    </message>
    <message>
        <source>Saving the product details…</source>
        <translation>Guardando los datos del producto…</translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation>Añadir imágenes o vídeos</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Imágenes y vídeos (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadido: %1</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes videos up to %2 MB).</source>
        <translation>«%1» es demasiado grande (JoggAI acepta vídeos de hasta %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes pictures up to %2 MB).</source>
        <translation>«%1» es demasiado grande (JoggAI acepta imágenes de hasta %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPG, PNG, WebP, GIF) or video (MP4, WebM, MOV).</source>
        <translation>«%1» no es una imagen (JPG, PNG, WebP, GIF) ni un vídeo (MP4, WebM, MOV).</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded. %2</source>
        <translation>No se pudo subir «%1». %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Subiendo %n archivo…</numerusform>
            <numerusform>Subiendo %n archivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) don&apos;t load: JoggAI could not use them either.</source>
        <translation>
            <numerusform>%n enlace no carga: JoggAI tampoco podría usarlo.</numerusform>
            <numerusform>%n enlaces no cargan: JoggAI tampoco podría usarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>the item</source>
        <translation>el elemento</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Paste the whole link of a picture or video, e.g. https://your-shop.com/mug.jpg.</source>
        <translation>Pega el enlace completo de una imagen o un vídeo, p. ej. https://tu-tienda.com/taza.jpg.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Guardar y continuar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>You can close this window: JoggAI keeps making your video, and the app picks it up again the next time you open it.</source>
        <translation>Puedes cerrar esta ventana: JoggAI sigue creando tu vídeo y la app lo recoge la próxima vez que la abras.</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Cambiar ajustes</translation>
    </message>
    <message>
        <source>Back to the video settings</source>
        <translation>Volver a los ajustes del vídeo</translation>
    </message>
    <message>
        <source>Start another video</source>
        <translation>Empezar otro vídeo</translation>
    </message>
    <message>
        <source>Start another video while this one is made</source>
        <translation>Empezar otro vídeo mientras se crea este</translation>
    </message>
    <message>
        <source>Your video is ready!</source>
        <translation>¡Tu vídeo está listo!</translation>
    </message>
    <message>
        <source>Save video…</source>
        <translation>Guardar vídeo…</translation>
    </message>
    <message>
        <source>Save the video to a file</source>
        <translation>Guardar el vídeo en un archivo</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Progreso del guardado</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>Abrir la carpeta del vídeo</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the video&apos;s link</source>
        <translation>Copiar el enlace del vídeo</translation>
    </message>
    <message>
        <source>Make another video</source>
        <translation>Crear otro vídeo</translation>
    </message>
    <message>
        <source>Make another video with the same settings</source>
        <translation>Crear otro vídeo con los mismos ajustes</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Tu vídeo</translation>
    </message>
    <message>
        <source>Did JoggAI start your video?</source>
        <translation>¿Empezó JoggAI tu vídeo?</translation>
    </message>
    <message>
        <source>Your video was not made</source>
        <translation>Tu vídeo no se creó</translation>
    </message>
    <message>
        <source>Video cancelled</source>
        <translation>Vídeo cancelado</translation>
    </message>
    <message>
        <source>Making your video</source>
        <translation>Creando tu vídeo</translation>
    </message>
    <message>
        <source>Watch it here, save a copy where you like, or make another one.</source>
        <translation>Míralo aquí, guarda una copia donde quieras o crea otro.</translation>
    </message>
    <message>
        <source>JoggAI makes your video on its own computers; this page shows how far it is.</source>
        <translation>JoggAI crea tu vídeo en sus propios servidores; esta página muestra cómo va.</translation>
    </message>
    <message>
        <source>This video was cancelled. Nothing more happens with it.</source>
        <translation>Este vídeo se canceló. No pasará nada más con él.</translation>
    </message>
    <message>
        <source>JoggAI made your video; only getting it to this computer failed.</source>
        <translation>JoggAI creó tu vídeo; solo falló la descarga a este ordenador.</translation>
    </message>
    <message>
        <source>There is no product to make a video of yet. Go back and choose one.</source>
        <translation>Todavía no hay ningún producto para el vídeo. Vuelve atrás y elige uno.</translation>
    </message>
    <message>
        <source>The app could not open its list of videos, so it cannot make one now. Please restart the app.</source>
        <translation>La app no pudo abrir su lista de vídeos, así que ahora no puede crear uno. Reinicia la app.</translation>
    </message>
    <message>
        <source>Sending your video request to JoggAI…</source>
        <translation>Enviando tu solicitud de vídeo a JoggAI…</translation>
    </message>
    <message>
        <source>Downloading your video… %1</source>
        <translation>Descargando tu vídeo… %1</translation>
    </message>
    <message>
        <source>Trying again uses {cost}.</source>
        <translation>Volver a intentarlo usa {cost}.</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Archivo de vídeo</translation>
    </message>
    <message>
        <source>Creating your video…</source>
        <translation>Creando tu vídeo…</translation>
    </message>
    <message>
        <source>Your video is ready. Getting it…</source>
        <translation>Tu vídeo está listo. Descargándolo…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue…</source>
        <translation>En la cola de JoggAI…</translation>
    </message>
    <message>
        <source>Downloading your video…</source>
        <translation>Descargando tu vídeo…</translation>
    </message>
    <message>
        <source>Downloading your video… {p}%</source>
        <translation>Descargando tu vídeo… {p} %</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Guardado como {name}</translation>
    </message>
    <message>
        <source>Downloaded as {name}</source>
        <translation>Descargado como {name}</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>Guardar vídeo</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Video saved to {path}</source>
        <translation>Vídeo guardado en {path}</translation>
    </message>
    <message>
        <source>The video&apos;s link is copied. Paste it anywhere.</source>
        <translation>El enlace del vídeo está copiado. Pégalo donde quieras.</translation>
    </message>
    <message>
        <source>Time so far: {elapsed} — videos usually take 1 to 10 minutes.</source>
        <translation>Tiempo hasta ahora: {elapsed}. Los vídeos suelen tardar entre 1 y 10 minutos.</translation>
    </message>
</context>
<context>
    <name>ScriptStyleList</name>
    <message>
        <source>Script style</source>
        <translation>Estilo del guion</translation>
    </message>
</context>
<context>
    <name>ScriptSuggester</name>
    <message>
        <source>Suggest a script…</source>
        <translation>Sugerir un guion…</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for this product in several styles (%1 credit each time you ask).</source>
        <translation>JoggAI escribe guiones para este producto en varios estilos (%1 créditos cada vez que lo pides).</translation>
    </message>
    <message>
        <source>For “%1”, in %2, for a video of %3.</source>
        <translation>Para «%1», en %2, para un vídeo de %3.</translation>
    </message>
    <message>
        <source>your product</source>
        <translation>tu producto</translation>
    </message>
    <message>
        <source>Enter the product&apos;s details first.</source>
        <translation>Primero introduce los datos del producto.</translation>
    </message>
    <message>
        <source>Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again (free)” shows them when they are ready.</source>
        <translation>Has dejado de esperar. JoggAI sigue escribiendo los guiones que pediste: «Volver a mirar (gratis)» los muestra cuando estén listos.</translation>
    </message>
    <message>
        <source>Stopped waiting. If JoggAI had the request already, its %1 credit is used.</source>
        <translation>Has dejado de esperar. Si JoggAI ya había recibido la petición, sus %1 créditos se han usado.</translation>
    </message>
    <message>
        <source>Replace your script?</source>
        <translation>¿Reemplazar tu guion?</translation>
    </message>
    <message>
        <source>Your script box already has text. Replace it with this suggestion? (Ctrl+Z in the box brings your text back.)</source>
        <translation>Tu cuadro de guion ya tiene texto. ¿Reemplazarlo por esta sugerencia? (Ctrl+Z en el cuadro recupera tu texto.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep my script</source>
        <translation>Conservar mi guion</translation>
    </message>
</context>
<context>
    <name>ScriptSuggestionsDialog</name>
    <message>
        <source>Suggest a script</source>
        <translation>Sugerir un guion</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for your product in several styles. Pick one to put it in your script box, where you can still change it.</source>
        <translation>JoggAI escribe guiones para tu producto en varios estilos. Elige uno para ponerlo en tu cuadro de guion, donde aún puedes cambiarlo.</translation>
    </message>
    <message>
        <source>Note: JoggAI may still rewrite the narration of a product video, even when you give it a script.</source>
        <translation>Nota: JoggAI puede reescribir la narración de un vídeo de producto aunque le des un guion.</translation>
    </message>
    <message>
        <source>Ask again (%1 credit)</source>
        <translation>Volver a pedir (%1 créditos)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Each time you ask, JoggAI charges %1 credit.</source>
        <translation>Cada vez que lo pides, JoggAI cobra %1 créditos.</translation>
    </message>
    <message>
        <source>Ask JoggAI (%1 credit)</source>
        <translation>Pedir a JoggAI (%1 créditos)</translation>
    </message>
    <message>
        <source>Look again (free)</source>
        <translation>Volver a mirar (gratis)</translation>
    </message>
    <message>
        <source>Shows the scripts you already asked for, once JoggAI has written them. Nothing is charged.</source>
        <translation>Muestra los guiones que ya pediste, cuando JoggAI los haya escrito. No se cobra nada.</translation>
    </message>
    <message>
        <source>JoggAI is writing scripts for your product… This usually takes less than a minute.</source>
        <translation>JoggAI está escribiendo guiones para tu producto… Suele tardar menos de un minuto.</translation>
    </message>
    <message>
        <source>Waiting for JoggAI</source>
        <translation>Esperando a JoggAI</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Stopping does not give back the %1 credit: JoggAI has the request already.</source>
        <translation>Dejar de esperar no devuelve los %1 créditos: JoggAI ya tiene la petición.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Video name</source>
        <translation>Nombre del vídeo</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Your own script</source>
        <translation>Tu propio guion</translation>
    </message>
    <message>
        <source>Leave empty and JoggAI writes the script from your product details.</source>
        <translation>Déjalo vacío y JoggAI escribirá el guion a partir de los datos de tu producto.</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>(JoggAI&apos;s videos often run a few seconds longer)</source>
        <translation>(los vídeos de JoggAI suelen durar algo más)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Show captions</source>
        <translation>Mostrar subtítulos</translation>
    </message>
    <message>
        <source>Subtitles in the video: the script as text on screen</source>
        <translation>Subtítulos en el vídeo: el guion como texto en pantalla</translation>
    </message>
    <message>
        <source>Optional: a name to find this video by in JoggAI</source>
        <translation>Opcional: un nombre para encontrar este vídeo en JoggAI</translation>
    </message>
    <message>
        <source>&amp;Language of the script and the voice:</source>
        <translation>&amp;Idioma del guion y de la voz:</translation>
    </message>
    <message>
        <source>Script &amp;style:</source>
        <translation>&amp;Estilo del guion:</translation>
    </message>
    <message>
        <source>Your &amp;own script for this product (optional; JoggAI may shorten it to fit the length):</source>
        <translation>Tu &amp;propio guion para este producto (opcional; JoggAI puede acortarlo para ajustarlo a la duración):</translation>
    </message>
    <message>
        <source>How the video speaks: its language, its style, or your own words.</source>
        <translation>Cómo habla el vídeo: su idioma, su estilo o tus propias palabras.</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Elegir un avatar</translation>
    </message>
    <message>
        <source>The presenter of your video. Click one to see it move; filters narrow the list.</source>
        <translation>Quien presenta tu vídeo. Haz clic en uno para verlo en movimiento; los filtros acotan la lista.</translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation>Elegir una voz</translation>
    </message>
    <message>
        <source>Voices for the script&apos;s language. Press Space or a row&apos;s play button to hear one.</source>
        <translation>Voces para el idioma del guion. Pulsa Espacio o el botón de reproducir de una fila para escuchar una.</translation>
    </message>
    <message>
        <source>Choose background music</source>
        <translation>Elegir música de fondo</translation>
    </message>
    <message>
        <source>Press Space or a row&apos;s play button to hear a track.</source>
        <translation>Pulsa Espacio o el botón de reproducir de una fila para escuchar una pista.</translation>
    </message>
    <message>
        <source>Choose the look</source>
        <translation>Elegir el aspecto</translation>
    </message>
    <message>
        <source>A visual style for this format, or one of your templates.</source>
        <translation>Un estilo visual para este formato o una de tus plantillas.</translation>
    </message>
    <message>
        <source>This sample could not be played.</source>
        <translation>No se pudo reproducir esta muestra.</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Ajustes del vídeo</translation>
    </message>
    <message>
        <source>Choose how your video looks and sounds. You can see the cost before you start.</source>
        <translation>Elige cómo se ve y cómo suena tu vídeo. Verás el coste antes de empezar.</translation>
    </message>
    <message>
        <source>Make video ({cost})</source>
        <translation>Crear vídeo ({cost})</translation>
    </message>
    <message>
        <source>Pick an avatar to present your product.</source>
        <translation>Elige un avatar que presente tu producto.</translation>
    </message>
    <message>
        <source>Pick a template, or choose a visual style instead.</source>
        <translation>Elige una plantilla o, en su lugar, un estilo visual.</translation>
    </message>
    <message>
        <source>{old} has no {format} version: {new} is chosen instead.</source>
        <translation>{old} no tiene versión en formato {format}: en su lugar se eligió {new}.</translation>
    </message>
    <message>
        <source>JoggAI chooses a voice that matches the avatar</source>
        <translation>JoggAI elige una voz que combine con el avatar</translation>
    </message>
    <message>
        <source>Your own script: “{start}”</source>
        <translation>Tu propio guion: «{start}»</translation>
    </message>
    <message>
        <source>No avatar chosen yet</source>
        <translation>Aún no has elegido avatar</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>Avatar {id}</translation>
    </message>
    <message>
        <source>Visual style: {title}</source>
        <translation>Estilo visual: {title}</translation>
    </message>
    <message>
        <source>Template: {name}</source>
        <translation>Plantilla: {name}</translation>
    </message>
    <message>
        <source>No template for this format yet: pick one or a visual style</source>
        <translation>Aún no hay plantilla para este formato: elige una o un estilo visual</translation>
    </message>
    <message>
        <source>Loading avatars…</source>
        <translation>Cargando avatares…</translation>
    </message>
    <message>
        <source>Loading music…</source>
        <translation>Cargando música…</translation>
    </message>
    <message>
        <source>Loading visual styles and templates…</source>
        <translation>Cargando estilos visuales y plantillas…</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Cargando voces…</translation>
    </message>
    <message>
        <source>Could not load this list. Use “Try again” above.</source>
        <translation>No se pudo cargar esta lista. Usa «Reintentar» arriba.</translation>
    </message>
    <message>
        <source>Your own {what} could not be loaded; the JoggAI library is shown.</source>
        <translation>No se pudieron cargar tus {what}; se muestra la biblioteca de JoggAI.</translation>
    </message>
    <message>
        <source>avatars</source>
        <translation>avatares</translation>
    </message>
    <message>
        <source>No voices for this language: JoggAI will choose one.</source>
        <translation>No hay voces para este idioma: JoggAI elegirá una.</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>voces</translation>
    </message>
    <message>
        <source>music</source>
        <translation>músicas</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>plantillas</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Visual styles</source>
        <translation>Estilos visuales</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Suggested script in the style %1</source>
        <translation>Guion sugerido en el estilo %1</translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation>Usar este guion</translation>
    </message>
    <message>
        <source>Use the %1 script</source>
        <translation>Usar el guion «%1»</translation>
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
        <translation>Avatares</translation>
    </message>
    <message>
        <source>avatar ids, e.g. 81, 412 (custom:7 for your own)</source>
        <translation>ids de avatar, p. ej. 81, 412 (custom:7 para los tuyos)</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>voice ids, e.g. en-US-JennyNeural</source>
        <translation>ids de voz, p. ej. en-US-JennyNeural</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>Aspectos</translation>
    </message>
    <message>
        <source>e.g. style:Split, template:12</source>
        <translation>p. ej. style:Split, template:12</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>Duraciones</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Video player</source>
        <translation>Reproductor de vídeo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>No sound device found: the video plays without sound.</source>
        <translation>No se encontró ningún dispositivo de sonido: el vídeo se reproduce sin sonido.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
</context>
<context>
    <name>VoiceList</name>
    <message>
        <source>Voice gender</source>
        <translation>Género de la voz</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Cualquier género</translation>
    </message>
    <message>
        <source>Voice age</source>
        <translation>Edad de la voz</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Cualquier edad</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Let JoggAI choose a voice</source>
        <translation>Dejar que JoggAI elija una voz</translation>
    </message>
    <message>
        <source>matches the avatar</source>
        <translation>combina con el avatar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>No web browser could be opened from here. The address is copied: paste it into your browser: {url}</source>
        <translation>No se pudo abrir ningún navegador desde aquí. La dirección está copiada; pégala en tu navegador: {url}</translation>
    </message>
    <message>
        <source>No file manager could be opened from here. The folder&apos;s path is copied: {path}</source>
        <translation>No se pudo abrir ningún gestor de archivos desde aquí. La ruta de la carpeta está copiada: {path}</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Product link</source>
        <translation>Enlace del producto</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Datos del producto</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Ajustes del vídeo</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Tu vídeo</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Demo mode: a built-in simulator, nothing is charged.</source>
        <translation>Modo demo: un simulador integrado, no se cobra nada.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>Forget your API key?</source>
        <translation>¿Olvidar tu clave de API?</translation>
    </message>
    <message>
        <source>The app forgets your JoggAI API key and removes it from this computer. To make videos again you paste it again (in JoggAI: your avatar → API).</source>
        <translation>La app olvida tu clave de API de JoggAI y la borra de este ordenador. Para volver a crear vídeos tendrás que pegarla de nuevo (en JoggAI: tu avatar → API).</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
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
        <translation>Cambiar la clave de API…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>Olvidar la clave de API</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Make many videos…</source>
        <translation>Crear muchos vídeos…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your videos appear here once your API key is set up.</source>
        <translation>Tus vídeos aparecerán aquí cuando tengas configurada tu clave de API.</translation>
    </message>
    <message>
        <source>Set up your API key first, then make many videos at once.</source>
        <translation>Primero configura tu clave de API; después podrás crear muchos vídeos a la vez.</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no API key.</source>
        <translation>Diagnóstico copiado. No contiene ninguna clave de API.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Play sample of {name}</source>
        <translation>Reproducir una muestra de {name}</translation>
    </message>
    <message>
        <source>Play a sample (Space)</source>
        <translation>Reproducir una muestra (Espacio)</translation>
    </message>
    <message>
        <source>Stop sample of {name}</source>
        <translation>Detener la muestra de {name}</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>portrait</source>
        <translation>vertical</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>JoggAI API version (advanced)</source>
        <translation>Versión de la API de JoggAI (avanzado)</translation>
    </message>
    <message>
        <source>v2 — JoggAI&apos;s current API (recommended)</source>
        <translation>v2: la API actual de JoggAI (recomendada)</translation>
    </message>
    <message>
        <source>v1 — the older API (templates, 16 script styles)</source>
        <translation>v1: la API anterior (plantillas, 16 estilos de guion)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>JoggAI asked us to slow down — trying again now…</source>
        <translation>JoggAI pidió ir más despacio: reintentando ahora…</translation>
    </message>
    <message>
        <source>JoggAI asked us to slow down — waiting {n} s before the next try.</source>
        <translation>JoggAI pidió ir más despacio: esperando {n} s antes del próximo intento.</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — trying again now…</source>
        <translation>No se puede conectar con JoggAI: reintentando ahora…</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — still trying (next try in {n} s).</source>
        <translation>No se puede conectar con JoggAI: se sigue intentando (próximo intento en {n} s).</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — trying again now…</source>
        <translation>JoggAI tiene un problema: reintentando ahora…</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — still trying (next try in {n} s).</source>
        <translation>JoggAI tiene un problema: se sigue intentando (próximo intento en {n} s).</translation>
    </message>
</context>
</TS>
