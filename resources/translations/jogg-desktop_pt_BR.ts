<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation>
            <numerusform>Retomando %n vídeo da última vez.</numerusform>
            <numerusform>Retomando %n vídeos da última vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation>
            <numerusform>Não foi possível confirmar %n pedido de vídeo quando o app foi fechado: confira seus vídeos no JoggAI antes de tentar de novo.</numerusform>
            <numerusform>Não foi possível confirmar %n pedidos de vídeo quando o app foi fechado: confira seus vídeos no JoggAI antes de tentar de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The History window shows how they are doing.</source>
        <translation>O histórico mostra como eles estão indo.</translation>
    </message>
    <message>
        <source>The videos from last time are finished: see History.</source>
        <translation>Os vídeos da última vez estão prontos: veja o histórico.</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Iniciando a demonstração…</translation>
    </message>
    <message>
        <source>The demo did not start in time. Please try again.</source>
        <comment>Demo</comment>
        <translation>A demonstração não iniciou a tempo. Tente de novo.</translation>
    </message>
    <message>
        <source>The demo stopped unexpectedly. Please try again.</source>
        <comment>Demo</comment>
        <translation>A demonstração parou de forma inesperada. Tente de novo.</translation>
    </message>
    <message>
        <source>The demo could not be started. Please try again.</source>
        <comment>Demo</comment>
        <translation>Não foi possível iniciar a demonstração. Tente de novo.</translation>
    </message>
    <message>
        <source>JoggAI did not accept your API key. Check that you copied the whole key from JoggAI (your avatar → API).</source>
        <translation>O JoggAI não aceitou sua chave de API. Verifique se você copiou a chave inteira do JoggAI (seu avatar → API).</translation>
    </message>
    <message>
        <source>Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.</source>
        <translation>Sua conta do JoggAI ficou sem créditos. Adicione créditos no JoggAI e tente de novo.</translation>
    </message>
    <message>
        <source>Your JoggAI plan does not include this feature through the API. Upgrade your plan in JoggAI, or contact JoggAI support.</source>
        <translation>Seu plano do JoggAI não inclui este recurso pela API. Faça upgrade do plano no JoggAI ou fale com o suporte do JoggAI.</translation>
    </message>
    <message>
        <source>JoggAI could not find this item any more. Please start again.</source>
        <translation>O JoggAI não encontra mais este item. Comece de novo.</translation>
    </message>
    <message>
        <source>JoggAI did not accept some of the details. Please check them and try again.</source>
        <translation>O JoggAI não aceitou alguns dados. Confira e tente de novo.</translation>
    </message>
    <message>
        <source>JoggAI is busy with your earlier requests. Please wait a moment and try again.</source>
        <translation>O JoggAI ainda está processando seus pedidos anteriores. Aguarde um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>JoggAI is having a problem right now. Please try again in a few minutes.</source>
        <translation>O JoggAI está com um problema agora. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>Could not reach JoggAI. Check your internet connection and try again.</source>
        <translation>Não foi possível conectar ao JoggAI. Verifique sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>JoggAI took too long to answer. Please try again.</source>
        <translation>O JoggAI demorou demais para responder. Tente de novo.</translation>
    </message>
    <message>
        <source>JoggAI sent an answer the app could not understand. Please try again later.</source>
        <translation>O JoggAI enviou uma resposta que o app não entende. Tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>JoggAI could not read the product details from this page. Check the link, or enter the product details yourself.</source>
        <translation>O JoggAI não conseguiu ler os dados do produto nesta página. Confira o link ou preencha você mesmo os dados do produto.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video. It may already be rendering and may have used credits. Check your videos in JoggAI before trying again.</source>
        <translation>Não conseguimos confirmar se o JoggAI começou seu vídeo. Ele pode já estar sendo criado e pode ter usado créditos. Confira seus vídeos no JoggAI antes de tentar de novo.</translation>
    </message>
    <message>
        <source>JoggAI could not make this video. Try different images or settings.</source>
        <translation>O JoggAI não conseguiu criar este vídeo. Tente outras imagens ou outras configurações.</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI wrote the script suggestions. It may have used 0.2 credit. You can ask again: that costs another 0.2 credit.</source>
        <translation>Não foi possível confirmar se a JoggAI escreveu as sugestões de roteiro. Ela pode ter usado 0,2 crédito. Você pode pedir de novo: isso custa mais 0,2 crédito.</translation>
    </message>
    <message>
        <source>JoggAI could not write script suggestions for this product. Try again, or write the script yourself.</source>
        <translation>A JoggAI não conseguiu escrever sugestões de roteiro para este produto. Tente de novo ou escreva o roteiro você mesmo.</translation>
    </message>
    <message>
        <source>JoggAI is taking much longer than usual to write the script suggestions. Try again later, or write the script yourself.</source>
        <translation>A JoggAI está demorando muito mais do que o normal para escrever as sugestões de roteiro. Tente mais tarde ou escreva o roteiro você mesmo.</translation>
    </message>
    <message>
        <source>This video was deleted in JoggAI.</source>
        <translation>Este vídeo foi excluído no JoggAI.</translation>
    </message>
    <message>
        <source>This video is taking much longer than usual. It may still finish: check again later, or contact JoggAI support.</source>
        <translation>Este vídeo está demorando muito mais que o normal. Ele ainda pode ficar pronto: confira mais tarde ou fale com o suporte do JoggAI.</translation>
    </message>
    <message>
        <source>The finished video could not be downloaded from JoggAI. It is kept there: try again later (nothing is charged again).</source>
        <translation>Não foi possível baixar o vídeo pronto do JoggAI. Ele continua guardado lá: tente de novo mais tarde (nada é cobrado de novo).</translation>
    </message>
    <message>
        <source>JoggAI did not accept the file upload. Please try again.</source>
        <translation>O JoggAI não aceitou o envio do arquivo. Tente de novo.</translation>
    </message>
    <message>
        <source>The secure connection to JoggAI could not be verified. If your company network checks secure traffic, ask your IT team to install its certificate on this computer; also check the computer&apos;s date and time.</source>
        <translation>Não foi possível verificar a conexão segura com o JoggAI. Se a rede da sua empresa inspeciona o tráfego seguro, peça à equipe de TI para instalar o certificado dela neste computador; confira também a data e a hora do computador.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (only an address on this computer may use http://): otherwise your API key would travel unprotected.</source>
        <translation>O endereço da API precisa começar com https:// (só um endereço neste computador pode usar http://): caso contrário, sua chave de API trafegaria sem proteção.</translation>
    </message>
    <message>
        <source>The app cannot save videos in %1. Choose another folder, or fix its permissions. Nothing was charged.</source>
        <translation>O app não consegue salvar vídeos em %1. Escolha outra pasta ou corrija as permissões dela. Nada foi cobrado.</translation>
    </message>
    <message>
        <source>The disk with %1 is nearly full. Free some space or choose another folder. Nothing was charged.</source>
        <translation>O disco de %1 está quase cheio. Libere espaço ou escolha outra pasta. Nada foi cobrado.</translation>
    </message>
    <message>
        <source>The video could not be saved in %1. It is kept in JoggAI: choose another folder and download it again (nothing is charged again).</source>
        <translation>Não foi possível salvar o vídeo em %1. Ele continua no JoggAI: escolha outra pasta e baixe de novo (nada é cobrado de novo).</translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved in %1. Free some space (or choose another folder), then download it again: nothing is charged again.</source>
        <translation>O disco está cheio, por isso não foi possível salvar o vídeo em %1. Libere espaço (ou escolha outra pasta) e baixe de novo: nada é cobrado de novo.</translation>
    </message>
    <message>
        <source>JoggAI sent something that is not a video. Please try downloading it again later.</source>
        <translation>O JoggAI enviou algo que não é um vídeo. Tente baixar de novo mais tarde.</translation>
    </message>
    <message>
        <source>JoggAI started your video, but the app could not note it in its list. It will be finished when the app starts again. Nothing is charged again.</source>
        <translation>O JoggAI começou seu vídeo, mas o app não conseguiu registrá-lo na lista. Ele será concluído quando o app abrir de novo. Nada é cobrado de novo.</translation>
    </message>
    <message>
        <source>Some of the details are not valid. Please check them.</source>
        <translation>Alguns dados não são válidos. Confira-os.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) could not be used. Try again; if it keeps happening, send the details to support.</source>
        <translation>Não foi possível usar a lista de vídeos do app (%1). Tente de novo; se continuar acontecendo, envie os detalhes ao suporte.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is busy: another Jogg Desktop window is writing to it. Wait a moment and try again.</source>
        <translation>A lista de vídeos do app (%1) está ocupada: outra janela do Jogg Desktop está gravando nela. Aguarde um pouco e tente de novo.</translation>
    </message>
    <message>
        <source>The disk with the app&apos;s list of videos (%1) is full. Free some space, then try again.</source>
        <translation>O disco com a lista de vídeos do app (%1) está cheio. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The app cannot write its list of videos (%1). Check that you may write to that folder.</source>
        <translation>O app não consegue gravar a lista de vídeos (%1). Verifique se você pode gravar nessa pasta.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is damaged. Rename or move that file, then start again: the app makes a new list. Keep the old file for support: it may list paid videos.</source>
        <translation>A lista de vídeos do app (%1) está danificada. Renomeie ou mova esse arquivo e comece de novo: o app cria uma lista nova. Guarde o arquivo antigo para o suporte: ele pode listar vídeos pagos.</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) was written by a newer version of Jogg Desktop. Update the app.</source>
        <translation>A lista de vídeos do app (%1) foi gravada por uma versão mais nova do Jogg Desktop. Atualize o app.</translation>
    </message>
    <message>
        <source>The record of this video in %1 is damaged and was set aside. The other videos are not affected.</source>
        <translation>O registro deste vídeo em %1 está danificado e foi separado. Os outros vídeos não são afetados.</translation>
    </message>
    <message>
        <source>This video was not started: the app closed before asking JoggAI. Nothing was charged.</source>
        <translation>Este vídeo não foi iniciado: o app fechou antes de pedir ao JoggAI. Nada foi cobrado.</translation>
    </message>
    <message>
        <source>This video is being finished in another Jogg Desktop window. Wait for it there.</source>
        <translation>Este vídeo está sendo concluído em outra janela do Jogg Desktop. Aguarde por lá.</translation>
    </message>
    <message>
        <source>This video was never started in JoggAI, so there is nothing to download.</source>
        <translation>Este vídeo nunca foi iniciado no JoggAI, então não há nada para baixar.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this video. Please try again.</source>
        <translation>Algo inesperado deu errado com este vídeo. Tente de novo.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to JoggAI.</source>
        <translation>Algo deu errado na comunicação com o JoggAI.</translation>
    </message>
    <message>
        <source>the chosen folder</source>
        <translation>sua pasta escolhida</translation>
    </message>
    <message>
        <source>This took too long. Please try again.</source>
        <translation>Isso demorou demais. Tente de novo.</translation>
    </message>
    <message>
        <source>The file “%1” could not be found. It may have been moved or deleted.</source>
        <translation>O arquivo “%1” não foi encontrado. Talvez tenha sido movido ou excluído.</translation>
    </message>
    <message>
        <source>The app is not allowed to open or write this file. Check its permissions.</source>
        <translation>O app não tem permissão para abrir ou gravar este arquivo. Confira as permissões dele.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the file and free disk space, then try again.</source>
        <translation>Não foi possível ler ou gravar um arquivo. Confira o arquivo e o espaço livre em disco e tente de novo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, copy the details and send them to support.</source>
        <translation>Algo inesperado deu errado. Tente de novo; se continuar acontecendo, copie os detalhes e envie ao suporte.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Fix API key</source>
        <translation>Corrigir chave de API</translation>
    </message>
    <message>
        <source>Buy credits in JoggAI</source>
        <translation>Comprar créditos no JoggAI</translation>
    </message>
    <message>
        <source>Open JoggAI</source>
        <translation>Abrir o JoggAI</translation>
    </message>
    <message>
        <source>Enter details myself</source>
        <translation>Preencher os dados eu mesmo</translation>
    </message>
    <message>
        <source>Check my videos in JoggAI</source>
        <translation>Conferir meus vídeos no JoggAI</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Começar de novo</translation>
    </message>
    <message>
        <source>Asking JoggAI to start…</source>
        <translation>Pedindo ao JoggAI para começar…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue</source>
        <translation>Na fila do JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making your video</source>
        <translation>O JoggAI está criando seu vídeo</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Baixando… %1 %</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Baixando… %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Not confirmed — check your videos in JoggAI before trying again</source>
        <translation>Não confirmado — confira seus vídeos no JoggAI antes de tentar de novo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation>Vídeo sem nome</translation>
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
        <translation>O Jogg Desktop fechou inesperadamente da última vez. Seus vídeos, tarefas e configurações estão guardados, e os vídeos que estavam sendo criados são retomados. Se isso continuar acontecendo, copie os detalhes abaixo e envie ao suporte. Eles não contêm nenhuma chave de API.</translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly</source>
        <translation>O Jogg Desktop fechou inesperadamente</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>This video used %1 (JoggAI&apos;s figure).</source>
        <translation>Este vídeo usou %1 (dado do JoggAI).</translation>
    </message>
    <message>
        <source>Your JoggAI balance: %1 (JoggAI&apos;s figure; it may take a while to update).</source>
        <translation>Seu saldo no JoggAI: %1 (dado do JoggAI; pode demorar um pouco para atualizar).</translation>
    </message>
    <message>
        <source>%1 of %2 videos are ready; %3 failed.</source>
        <translation>%1 de %2 vídeos estão prontos; %3 falharam.</translation>
    </message>
    <message>
        <source>Your batch is finished</source>
        <translation>Seu lote terminou</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>The avatar fills the screen; your pictures cut in between.</source>
        <translation>O avatar ocupa a tela; suas imagens aparecem entre as falas.</translation>
    </message>
    <message>
        <source>Floating avatar</source>
        <translation>Avatar flutuante</translation>
    </message>
    <message>
        <source>Your pictures fill the screen; the avatar floats in a corner.</source>
        <translation>Suas imagens ocupam a tela; o avatar flutua em um canto.</translation>
    </message>
    <message>
        <source>Avatar below</source>
        <translation>Avatar embaixo</translation>
    </message>
    <message>
        <source>Your pictures on top, the avatar underneath.</source>
        <translation>Suas imagens em cima, o avatar embaixo.</translation>
    </message>
    <message>
        <source>Avatar bubble</source>
        <translation>Avatar em bolha</translation>
    </message>
    <message>
        <source>The avatar in a small round bubble over your pictures.</source>
        <translation>O avatar em uma pequena bolha redonda sobre suas imagens.</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <source>Your pictures turn from one to the next; the avatar presents.</source>
        <translation>Suas imagens passam uma após a outra; o avatar apresenta.</translation>
    </message>
    <message>
        <source>Floating, then voice</source>
        <translation>Flutuante, depois voz</translation>
    </message>
    <message>
        <source>The avatar floats in a corner, then only its voice goes on.</source>
        <translation>O avatar flutua em um canto e depois só a voz continua.</translation>
    </message>
    <message>
        <source>Tilted frame</source>
        <translation>Moldura inclinada</translation>
    </message>
    <message>
        <source>Your pictures in a tilted frame beside the avatar.</source>
        <translation>Suas imagens em uma moldura inclinada ao lado do avatar.</translation>
    </message>
    <message>
        <source>Sharp pictures</source>
        <translation>Imagens nítidas</translation>
    </message>
    <message>
        <source>Your pictures shown whole on a plain background, no blurred fill.</source>
        <translation>Suas imagens inteiras sobre um fundo liso, sem preenchimento desfocado.</translation>
    </message>
    <message>
        <source>Pictures only</source>
        <translation>Só imagens</translation>
    </message>
    <message>
        <source>Just your pictures, one after another, with the voice over them.</source>
        <translation>Só suas imagens, uma após a outra, com a voz por cima.</translation>
    </message>
    <message>
        <source>Split screen</source>
        <translation>Tela dividida</translation>
    </message>
    <message>
        <source>The screen split in two: your product and the avatar side by side.</source>
        <translation>A tela dividida em duas: seu produto e o avatar lado a lado.</translation>
    </message>
    <message>
        <source>A layout from JoggAI&apos;s library.</source>
        <translation>Um layout da biblioteca do JoggAI.</translation>
    </message>
</context>
<context>
    <name>AspectCards</name>
    <message>
        <source>Aspect ratio</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation>Retrato 9:16</translation>
    </message>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok, Reels, Shorts</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Paisagem 16:9</translation>
    </message>
    <message>
        <source>YouTube, websites</source>
        <translation>YouTube, sites</translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation>Quadrado 1:1</translation>
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
        <translation>Todos os avatares</translation>
    </message>
    <message>
        <source>JoggAI library</source>
        <translation>Biblioteca do JoggAI</translation>
    </message>
    <message>
        <source>My avatars</source>
        <translation>Meus avatares</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Qualquer gênero</translation>
    </message>
    <message>
        <source>Avatar gender</source>
        <translation>Gênero do avatar</translation>
    </message>
    <message>
        <source>Avatar age</source>
        <translation>Idade do avatar</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Qualquer idade</translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation>Estilo do avatar</translation>
    </message>
    <message>
        <source>Any style</source>
        <translation>Qualquer estilo</translation>
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
        <translation>Meus</translation>
    </message>
    <message>
        <source>No avatar matches these filters for this aspect ratio.</source>
        <translation>Nenhum avatar corresponde a estes filtros para esta proporção.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n exibido</numerusform>
            <numerusform>%n exibidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Ícone da mensagem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Lendo a página do produto</translation>
    </message>
    <message>
        <source>Asking JoggAI</source>
        <translation>Pedindo ao JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making it</source>
        <translation>O JoggAI está criando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Make many videos</source>
        <translation>Criar muitos vídeos</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Novo lote</translation>
    </message>
    <message>
        <source>Product links, one per line</source>
        <translation>Links de produtos, um por linha</translation>
    </message>
    <message>
        <source>Paste product page links here, one per line</source>
        <translation>Cole aqui os links das páginas de produto, um por linha</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Add from History…</source>
        <translation>Adicionar do histórico…</translation>
    </message>
    <message>
        <source>Settings for every video</source>
        <translation>Configurações para cada vídeo</translation>
    </message>
    <message>
        <source>The current video settings</source>
        <translation>As configurações de vídeo atuais</translation>
    </message>
    <message>
        <source>Saved settings: %1</source>
        <translation>Configurações salvas: %1</translation>
    </message>
    <message>
        <source>Folder for the videos</source>
        <translation>Pasta para os vídeos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Make the videos…</source>
        <translation>Criar os vídeos…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variações</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>Salvar em</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Videos of the batch</source>
        <translation>Vídeos do lote</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>Cancelar o lote</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exportar resultados…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Check the links: %1</source>
        <translation>Confira os links: %1</translation>
    </message>
    <message>
        <source>Check the variants.</source>
        <translation>Confira as variantes.</translation>
    </message>
    <message>
        <source>Paste links, import a CSV or add products from the History.</source>
        <translation>Cole links, importe um CSV ou adicione produtos do histórico.</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>Importar um CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>This file could not be read. Is it a CSV file?</source>
        <translation>Não foi possível ler este arquivo. É um arquivo CSV?</translation>
    </message>
    <message>
        <source>This CSV cannot be used: %1</source>
        <translation>Este CSV não pode ser usado: %1</translation>
    </message>
    <message>
        <source>The History has no products yet.</source>
        <translation>O histórico ainda não tem produtos.</translation>
    </message>
    <message>
        <source>Save the videos in</source>
        <translation>Salvar os vídeos em</translation>
    </message>
    <message>
        <source>Make the videos?</source>
        <translation>Criar os vídeos?</translation>
    </message>
    <message>
        <source>%1.

This uses %2 credits from your JoggAI account.</source>
        <translation>%1.

Isso usa %2 créditos da sua conta do JoggAI.</translation>
    </message>
    <message>
        <source>Make %1 videos</source>
        <translation>Criar %1 vídeos</translation>
    </message>
    <message>
        <source>%1 of %2 videos done, %3 failed, %4 credits used</source>
        <translation>%1 de %2 vídeos prontos, %3 com falha, %4 créditos usados</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Cancelled: videos already requested are still finished</source>
        <translation>Cancelado: os vídeos já pedidos ainda serão concluídos</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar os resultados</translation>
    </message>
    <message>
        <source>The results could not be saved there. Choose another folder.</source>
        <translation>Não foi possível salvar os resultados aí. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>Results saved: %1</source>
        <translation>Resultados salvos: %1</translation>
    </message>
    <message>
        <source>The batch goes on in the background (%1 of %2 videos done). Open “Make many videos…” to follow it.</source>
        <translation>O lote continua em segundo plano (%1 de %2 vídeos prontos). Abra “Criar muitos vídeos…” para acompanhar.</translation>
    </message>
    <message>
        <source>Read the product page again (nothing was charged)</source>
        <translation>Ler a página do produto de novo (nada foi cobrado)</translation>
    </message>
    <message>
        <source>Ask JoggAI again: this video was never started, nothing was charged</source>
        <translation>Pedir de novo ao JoggAI: este vídeo nunca foi iniciado, nada foi cobrado</translation>
    </message>
    <message>
        <source>Download the finished video again (no new charge)</source>
        <translation>Baixar de novo o vídeo pronto (sem nova cobrança)</translation>
    </message>
    <message>
        <source>This video cannot be retried safely: it may have used credits already</source>
        <translation>Este vídeo não pode ser tentado de novo com segurança: ele pode já ter usado créditos</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaio</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandês</translation>
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
        <translation>Grego</translation>
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
        <translation>Romeno</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Chinês simplificado</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengali</translation>
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
        <translation>Chinês tradicional</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonês</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonês</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dinamarquês</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malaiala</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tâmil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télugo</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tcheco</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>Zulu</translation>
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
        <translation>Holandês</translation>
    </message>
    <message>
        <source>Flemish</source>
        <translation>Flamengo</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norueguês</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandês</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letão</translation>
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
        <translation>Oriá</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>Assamês</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarês</translation>
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
        <translation>Sérvio</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaíli</translation>
    </message>
    <message>
        <source>Don&apos;t Worry</source>
        <translation>Relaxa</translation>
    </message>
    <message>
        <source>Casual and reassuring: names a worry and shows how the product solves it.</source>
        <translation>Descontraído e tranquilizador: cita uma preocupação e mostra como o produto resolve.</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Descoberta</translation>
    </message>
    <message>
        <source>An exciting new find, shared like a tip with a friend.</source>
        <translation>Uma novidade empolgante, compartilhada como dica entre amigos.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Facts, numbers and specifications up front.</source>
        <translation>Fatos, números e especificações logo de cara.</translation>
    </message>
    <message>
        <source>Top 3 reasons</source>
        <translation>Top 3 motivos</translation>
    </message>
    <message>
        <source>Three clear reasons to buy, one after another.</source>
        <translation>Três motivos claros para comprar, um depois do outro.</translation>
    </message>
    <message>
        <source>Soft Selling</source>
        <translation>Venda leve</translation>
    </message>
    <message>
        <source>Gentle and friendly, no hard push.</source>
        <translation>Gentil e simpático, sem forçar a venda.</translation>
    </message>
    <message>
        <source>Humor &amp; Meme</source>
        <translation>Humor e memes</translation>
    </message>
    <message>
        <source>Light-hearted and funny, in the style of social media memes.</source>
        <translation>Leve e engraçado, no estilo dos memes das redes sociais.</translation>
    </message>
    <message>
        <source>Feature Explainer</source>
        <translation>Explicação de recursos</translation>
    </message>
    <message>
        <source>Walks through the main features and what each one does.</source>
        <translation>Apresenta os principais recursos e o que cada um faz.</translation>
    </message>
    <message>
        <source>Soft Storytelling with Twist</source>
        <translation>História com reviravolta</translation>
    </message>
    <message>
        <source>A short story that ends with a surprise.</source>
        <translation>Uma história curta que termina com uma surpresa.</translation>
    </message>
    <message>
        <source>Expert Advice</source>
        <translation>Conselho de especialista</translation>
    </message>
    <message>
        <source>Sounds like a knowledgeable expert recommending the product.</source>
        <translation>Soa como um especialista recomendando o produto.</translation>
    </message>
    <message>
        <source>Unboxing &amp; Review</source>
        <translation>Unboxing e análise</translation>
    </message>
    <message>
        <source>Like opening the box and giving an honest first review.</source>
        <translation>Como abrir a caixa e dar uma primeira opinião sincera.</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafio</translation>
    </message>
    <message>
        <source>Sets a challenge and shows the product rising to it.</source>
        <translation>Propõe um desafio e mostra o produto superando-o.</translation>
    </message>
    <message>
        <source>Problem/Solution</source>
        <translation>Problema/Solução</translation>
    </message>
    <message>
        <source>States a common problem, then presents the product as the fix.</source>
        <translation>Apresenta um problema comum e mostra o produto como a solução.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source>Shows how the product compares with the usual alternatives.</source>
        <translation>Mostra como o produto se compara às alternativas de sempre.</translation>
    </message>
    <message>
        <source>Creative/Innovative</source>
        <translation>Criativo/Inovador</translation>
    </message>
    <message>
        <source>Highlights what is new and inventive about the product.</source>
        <translation>Destaca o que há de novo e engenhoso no produto.</translation>
    </message>
    <message>
        <source>Emotional Appeal</source>
        <translation>Apelo emocional</translation>
    </message>
    <message>
        <source>Speaks to feelings: comfort, joy, confidence.</source>
        <translation>Fala com os sentimentos: conforto, alegria, confiança.</translation>
    </message>
    <message>
        <source>Immersive Storytelling</source>
        <translation>História imersiva</translation>
    </message>
    <message>
        <source>Puts the viewer inside a scene where the product shines.</source>
        <translation>Coloca o espectador dentro de uma cena em que o produto brilha.</translation>
    </message>
    <message>
        <source>Storytime</source>
        <translation>Hora da história</translation>
    </message>
    <message>
        <source>A short, story-driven narration around the product.</source>
        <translation>Uma narração curta, contada como história, em torno do produto.</translation>
    </message>
    <message>
        <source>Light marketing</source>
        <translation>Marketing leve</translation>
    </message>
    <message>
        <source>Soft, friendly promotion without a hard sell.</source>
        <translation>Divulgação suave e simpática, sem forçar a venda.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>Jovem adulto</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Idoso</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jovem</translation>
    </message>
    <message>
        <source>Middle aged</source>
        <translation>Meia-idade</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Mais velho</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Making this video uses {cost} from your JoggAI account (1 credit per started 2 minutes of video).</source>
        <translation>Criar este vídeo usa {cost} da sua conta do JoggAI (1 crédito a cada 2 minutos de vídeo iniciados).</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>Custo: {cost}</translation>
    </message>
</context>
<context>
    <name>CoverGrid</name>
    <message>
        <source>Preview of the selected item</source>
        <translation>Prévia do item selecionado</translation>
    </message>
    <message>
        <source>Click an item to see it move.</source>
        <translation>Clique em um item para vê-lo em movimento.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>Desculpe — algo inesperado deu errado no Jogg Desktop. O que você fez até agora está guardado. Se isso continuar acontecendo, copie os detalhes abaixo e envie ao suporte. Eles não contêm nenhuma chave de API.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalhes técnicos</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
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
        <translation>Produtos do histórico</translation>
    </message>
    <message>
        <source>Products made before</source>
        <translation>Produtos já usados</translation>
    </message>
    <message>
        <source>Tick the products to make again (their pages are not read again):</source>
        <translation>Marque os produtos para usar de novo (as páginas não são lidas de novo):</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Your videos</source>
        <translation>Seus vídeos</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>No videos yet. Videos you make will be listed here.</source>
        <translation>Ainda não há vídeos. Os vídeos que você criar aparecem aqui.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the video in your usual video player</source>
        <translation>Abrir o vídeo no seu player de sempre</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar na pasta</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Baixar de novo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>Tempo de criação: %1</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>Salvar uma cópia do vídeo</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Cópia salva como %1</translation>
    </message>
    <message>
        <source>Checking the video in JoggAI…</source>
        <translation>Verificando o vídeo no JoggAI…</translation>
    </message>
    <message>
        <source>Downloaded again.</source>
        <translation>Baixado de novo.</translation>
    </message>
    <message>
        <source>Delete from the list?</source>
        <translation>Remover da lista?</translation>
    </message>
    <message>
        <source>Remove “%1” from your videos? The saved video file is kept.</source>
        <translation>Remover “%1” dos seus vídeos? O arquivo de vídeo salvo é mantido.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Welcome to Jogg Desktop</source>
        <translation>Boas-vindas ao Jogg Desktop</translation>
    </message>
    <message>
        <source>Turn a product page into a marketing video in a few clicks. To start, paste your JoggAI API key. You find it in the JoggAI app: click your avatar (top right), then &lt;b&gt;API&lt;/b&gt;, and copy the key.</source>
        <translation>Transforme a página de um produto em um vídeo de marketing em poucos cliques. Para começar, cole sua chave de API do JoggAI. Você a encontra no app do JoggAI: clique no seu avatar (no canto superior direito), depois em &lt;b&gt;API&lt;/b&gt;, e copie a chave.</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>Cole sua chave de API aqui</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>Chave de API do JoggAI</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Chave de &amp;API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Mostrar a chave enquanto digita</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>Verificar e salvar a chave</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Verificando a chave</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>Status da chave</translation>
    </message>
    <message>
        <source>Forget the saved key</source>
        <translation>Esquecer a chave salva</translation>
    </message>
    <message>
        <source>Forget the saved API key</source>
        <translation>Esquecer a chave de API salva</translation>
    </message>
    <message>
        <source>No key yet? Try the app with the built-in demo shop: nothing is charged.</source>
        <translation>Ainda não tem chave? Experimente o app com a loja de demonstração integrada: nada é cobrado.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Verificando sua chave com o JoggAI…</translation>
    </message>
    <message>
        <source>Key accepted (%1).</source>
        <translation>Chave aceita (%1).</translation>
    </message>
    <message>
        <source>Key accepted.</source>
        <translation>Chave aceita.</translation>
    </message>
    <message>
        <source>Your API key is forgotten: it is no longer saved on this computer. Paste it again to make videos.</source>
        <translation>Sua chave de API foi esquecida: ela não está mais salva neste computador. Cole-a de novo para criar vídeos.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed and nothing is saved.</source>
        <translation>Você está usando a demonstração: não precisa de chave e nada é salvo.</translation>
    </message>
    <message>
        <source>Your key is kept for this session only — you will need to paste it again next time.</source>
        <translation>Sua chave fica guardada só nesta sessão — da próxima vez você vai precisar colá-la de novo.</translation>
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
        <translation>O idioma do roteiro e da voz. Digite para pesquisar.</translation>
    </message>
    <message>
        <source>Matching languages</source>
        <translation>Idiomas correspondentes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Pesquisar idiomas</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Paste the link of the product page you want a video for — your shop, Amazon, Shopify, Etsy… JoggAI reads the name, description and pictures from it.</source>
        <translation>Cole o link da página do produto para o qual você quer um vídeo — sua loja, Amazon, Shopify, Etsy… O JoggAI lê dali o nome, a descrição e as imagens.</translation>
    </message>
    <message>
        <source>https://your-shop.com/products/…</source>
        <translation>https://sua-loja.com.br/produtos/…</translation>
    </message>
    <message>
        <source>Product page link</source>
        <translation>Link da página do produto</translation>
    </message>
    <message>
        <source>Product page &amp;link</source>
        <translation>&amp;Link da página do produto</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>Analisar</translation>
    </message>
    <message>
        <source>Analyze the product page</source>
        <translation>Analisar a página do produto</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>Problema no link</translation>
    </message>
    <message>
        <source>Enter the product details myself</source>
        <translation>Preencher eu mesmo os dados do produto</translation>
    </message>
    <message>
        <source>Demo shop products — click one to use it:</source>
        <translation>Produtos da loja de demonstração — clique em um para usá-lo:</translation>
    </message>
    <message>
        <source>No link, or the page cannot be read?</source>
        <translation>Sem link, ou a página não pode ser lida?</translation>
    </message>
    <message>
        <source>Many products? Make them all at once…</source>
        <translation>Muitos produtos? Crie todos de uma vez…</translation>
    </message>
    <message>
        <source>Which product is the video for?</source>
        <translation>Para qual produto é o vídeo?</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>Lendo a página do produto</translation>
    </message>
    <message>
        <source>This usually takes 10 to 30 seconds. Esc stops it.</source>
        <translation>Isso costuma levar de 10 a 30 segundos. Esc interrompe.</translation>
    </message>
    <message>
        <source>This is not a web page link. Copy the product page&apos;s address from your browser — for example https://your-shop.com/products/mug.</source>
        <translation>Este não é o link de uma página da web. Copie o endereço da página do produto no navegador — por exemplo https://sua-loja.com.br/produtos/caneca.</translation>
    </message>
    <message>
        <source>Stopped. You can change the link and try again.</source>
        <translation>Interrompido. Você pode mudar o link e tentar de novo.</translation>
    </message>
    <message>
        <source>Please paste the link of a product page.</source>
        <translation>Cole o link da página de um produto.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Isso não parece um endereço da web. Copie o link completo da barra de endereços do navegador.</translation>
    </message>
    <message>
        <source>This link has no website name. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Falta o nome do site neste link. Copie o link completo da barra de endereços do navegador.</translation>
    </message>
    <message>
        <source>This looks like a shop&apos;s front page or a list of products. JoggAI makes a video of one product: paste that product&apos;s own page for the best result.</source>
        <translation>Isto parece a página inicial de uma loja ou uma lista de produtos. O JoggAI cria o vídeo de um produto: cole a página desse produto para ter o melhor resultado.</translation>
    </message>
    <message>
        <source>Use the demo product %1</source>
        <translation>Usar o produto de demonstração %1</translation>
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
        <translation>Usar um estilo visual</translation>
    </message>
    <message>
        <source>JoggAI lays out your product and the avatar in a ready-made style.</source>
        <translation>O JoggAI apresenta seu produto e o avatar em um estilo pronto.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>Usar um modelo</translation>
    </message>
    <message>
        <source>Use a template from JoggAI&apos;s library or one you made.</source>
        <translation>Use um modelo da biblioteca do JoggAI ou um criado por você.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>JoggAI arranges your product images and the avatar in this style.</source>
        <translation>O JoggAI organiza as imagens do produto e o avatar neste estilo.</translation>
    </message>
    <message>
        <source>Pick a template: its layout is used instead of a visual style.</source>
        <translation>Escolha um modelo: o layout dele é usado no lugar de um estilo visual.</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>Modelo {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meus</translation>
    </message>
    <message>
        <source>No template for this aspect ratio.</source>
        <translation>Nenhum modelo para esta proporção.</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Product pictures and videos</source>
        <translation>Imagens e vídeos do produto</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it.</source>
        <translation>Arraste para reordenar; Ctrl+Esquerda ou Ctrl+Direita move o item selecionado, Delete o remove.</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>Enviando… %1 %</translation>
    </message>
    <message>
        <source>Link doesn&apos;t load</source>
        <translation>Link não carrega</translation>
    </message>
    <message>
        <source>Nothing could be loaded from this link. Remove it, or add a working one.</source>
        <translation>Nada pôde ser carregado deste link. Remova-o ou adicione um que funcione.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>MusicList</name>
    <message>
        <source>Background music</source>
        <translation>Música de fundo</translation>
    </message>
    <message>
        <source>No music</source>
        <translation>Sem música</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meus</translation>
    </message>
    <message>
        <source>Track {id}</source>
        <translation>Faixa {id}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Jogg Desktop</source>
        <translation>Mostrar o Jogg Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>Seu vídeo está pronto</translation>
    </message>
    <message>
        <source>“%1” is ready to watch and save.</source>
        <translation>“%1” está pronto para assistir e salvar.</translation>
    </message>
    <message>
        <source>Your video could not be made</source>
        <translation>Não foi possível criar seu vídeo</translation>
    </message>
    <message>
        <source>“%1” failed. Open Jogg Desktop to see why and what to do.</source>
        <translation>“%1” falhou. Abra o Jogg Desktop para ver o motivo e o que fazer.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Jogg Desktop is still working</source>
        <translation>O Jogg Desktop continua trabalhando</translation>
    </message>
    <message>
        <source>Your videos are still being made. Jogg Desktop tells you when they are ready; use its icon here to show it again or to quit.</source>
        <translation>Seus vídeos continuam sendo criados. O Jogg Desktop avisa quando estiverem prontos; use o ícone dele aqui para mostrá-lo de novo ou para sair.</translation>
    </message>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation>
            <numerusform>Jogg Desktop — criando %n vídeo</numerusform>
            <numerusform>Jogg Desktop — criando %n vídeos</numerusform>
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
        <translation>Concluído</translation>
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
        <translation>Pressione Espaço para ouvir uma amostra da linha selecionada.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Folder for new videos</source>
        <translation>Pasta para novos vídeos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the folder for new videos</source>
        <translation>Escolher a pasta para novos vídeos</translation>
    </message>
    <message>
        <source>Save new videos in</source>
        <translation>Salvar novos vídeos em</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Jogg Desktop.</source>
        <translation>O novo idioma será usado na próxima vez que você abrir o Jogg Desktop.</translation>
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
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation>Avisar quando um vídeo ficar pronto ou falhar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>Chave de API do JoggAI</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>Verificar chave</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>Trocar chave…</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Esquecer chave</translation>
    </message>
    <message>
        <source>Where Jogg Desktop keeps its files</source>
        <translation>Onde o Jogg Desktop guarda os arquivos</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Videos list and data</source>
        <translation>Lista de vídeos e dados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the folder: %1</source>
        <translation>Abrir a pasta: %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>JoggAI API generation</source>
        <translation>Geração da API do JoggAI</translation>
    </message>
    <message>
        <source>Current (v2, recommended)</source>
        <translation>Atual (v2, recomendada)</translation>
    </message>
    <message>
        <source>Previous (v1)</source>
        <translation>Anterior (v1)</translation>
    </message>
    <message>
        <source>Which generation of JoggAI&apos;s API new videos use. Keep the current one unless JoggAI support asks otherwise.</source>
        <translation>Qual geração da API do JoggAI os novos vídeos usam. Mantenha a atual, a menos que o suporte do JoggAI peça outra.</translation>
    </message>
    <message>
        <source>JoggAI API</source>
        <translation>API do JoggAI</translation>
    </message>
    <message>
        <source>No file manager opened it: the folder&apos;s path is copied, paste it into your file manager.</source>
        <translation>Nenhum gerenciador de arquivos abriu a pasta: o caminho foi copiado, cole-o no seu gerenciador de arquivos.</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed.</source>
        <translation>Você está usando a demonstração: não precisa de chave.</translation>
    </message>
    <message>
        <source>A key is set up.</source>
        <translation>Há uma chave configurada.</translation>
    </message>
    <message>
        <source>No key is set up yet.</source>
        <translation>Nenhuma chave configurada ainda.</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>Verificando sua chave com o JoggAI…</translation>
    </message>
    <message>
        <source>Your key works (account: %1).</source>
        <translation>Sua chave funciona (conta: %1).</translation>
    </message>
    <message>
        <source>Your key works.</source>
        <translation>Sua chave funciona.</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Saved settings:</source>
        <translation>Meus ajustes:</translation>
    </message>
    <message>
        <source>Saved settings</source>
        <translation>Configurações salvas</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Nada salvo ainda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Save these settings…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>This name is already taken by other saved settings. Choose another name.</source>
        <translation>Este nome já é usado por outras configurações salvas. Escolha outro nome.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Salvar estas configurações</translation>
    </message>
    <message>
        <source>A name for these settings (e.g. “Summer sale, portrait”):</source>
        <translation>Um nome para estas configurações (ex.: “Liquidação de verão, retrato”):</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Replace saved settings?</source>
        <translation>Substituir as configurações salvas?</translation>
    </message>
    <message>
        <source>There are saved settings called “%1” already. Replace them with these settings?</source>
        <translation>Já existem configurações salvas com o nome “%1”. Substituí-las por estas?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Escolher outro nome</translation>
    </message>
    <message>
        <source>Rename saved settings</source>
        <translation>Renomear configurações salvas</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Delete saved settings?</source>
        <translation>Excluir as configurações salvas?</translation>
    </message>
    <message>
        <source>Delete the saved settings “%1”? Your videos are not affected.</source>
        <translation>Excluir as configurações salvas “%1”? Seus vídeos não são afetados.</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product name</source>
        <translation>Nome do produto</translation>
    </message>
    <message>
        <source>e.g. Ceramic coffee mug, 350 ml</source>
        <translation>ex.: Caneca de café de cerâmica, 350 ml</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>Descrição do produto</translation>
    </message>
    <message>
        <source>What it is, what it does, why people love it</source>
        <translation>O que é, o que faz, por que as pessoas adoram</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Público-alvo</translation>
    </message>
    <message>
        <source>e.g. coffee lovers who work from home</source>
        <translation>ex.: amantes de café que trabalham em casa</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>Target &amp;audience</source>
        <translation>Público-&amp;alvo</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>Imagens e vídeos</translation>
    </message>
    <message>
        <source>Description of the selected picture or video</source>
        <translation>Descrição da imagem ou do vídeo selecionado</translation>
    </message>
    <message>
        <source>Describe the selected picture or video (optional, helps JoggAI use it well)</source>
        <translation>Descreva a imagem ou o vídeo selecionado (opcional, ajuda o JoggAI a usá-lo bem)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Add pictures or videos from this computer</source>
        <translation>Adicionar imagens ou vídeos deste computador</translation>
    </message>
    <message>
        <source>Link to a picture or video</source>
        <translation>Link para uma imagem ou vídeo</translation>
    </message>
    <message>
        <source>https://… link to a picture or video</source>
        <translation>https://… link para uma imagem ou vídeo</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Adicionar link</translation>
    </message>
    <message>
        <source>Add the picture or video at this link</source>
        <translation>Adicionar a imagem ou o vídeo deste link</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected picture or video</source>
        <translation>Remover a imagem ou o vídeo selecionado</translation>
    </message>
    <message>
        <source>Move the selected item earlier</source>
        <translation>Mover o item selecionado para antes</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+Left)</source>
        <translation>Mover para antes (Ctrl+Esquerda)</translation>
    </message>
    <message>
        <source>Move the selected item later</source>
        <translation>Mover o item selecionado para depois</translation>
    </message>
    <message>
        <source>Move later (Ctrl+Right)</source>
        <translation>Mover para depois (Ctrl+Direita)</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>Status do envio</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo: put the removed item back</source>
        <translation>Desfazer: colocar de volta o item removido</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Colocar de volta (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Remove links that don&apos;t load</source>
        <translation>Remover links que não carregam</translation>
    </message>
    <message>
        <source>Remove every link that doesn&apos;t load</source>
        <translation>Remover todos os links que não carregam</translation>
    </message>
    <message>
        <source>Drag to reorder (the first ones matter most), or drop files here.</source>
        <translation>Arraste para reordenar (os primeiros contam mais) ou solte arquivos aqui.</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>O que ainda falta</translation>
    </message>
    <message>
        <source>Tell us about your product</source>
        <translation>Conte sobre seu produto</translation>
    </message>
    <message>
        <source>Check the product details</source>
        <translation>Confira os dados do produto</translation>
    </message>
    <message>
        <source>Add the product&apos;s name.</source>
        <translation>Digite o nome do produto.</translation>
    </message>
    <message>
        <source>Add a short description: JoggAI writes the video&apos;s script from it.</source>
        <translation>Adicione uma descrição curta: o JoggAI escreve o roteiro do vídeo a partir dela.</translation>
    </message>
    <message>
        <source>Add at least one picture or video of the product.</source>
        <translation>Adicione pelo menos uma imagem ou vídeo do produto.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name and a short description, and add a few pictures.</source>
        <translation>Digite o nome do produto e uma descrição curta, e adicione algumas imagens.</translation>
    </message>
    <message>
        <source>This is what JoggAI found on the page. Fix anything that is wrong, and choose the pictures and videos for the video.</source>
        <translation>Isto é o que o JoggAI encontrou na página. Corrija o que estiver errado e escolha as imagens e vídeos para o vídeo.</translation>
    </message>
    <message>
        <source>JoggAI found no pictures on this page. If it is a shop&apos;s front page or a list of products, go back and paste one product&apos;s own page; or add pictures below.</source>
        <translation>O JoggAI não encontrou imagens nesta página. Se for a página inicial de uma loja ou uma lista de produtos, volte e cole a página de um único produto — ou adicione imagens abaixo.</translation>
    </message>
    <message>
        <source>Saving the product details…</source>
        <translation>Salvando os dados do produto…</translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation>Adicionar imagens ou vídeos</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>Imagens e vídeos (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Não adicionado: %1</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes videos up to %2 MB).</source>
        <translation>“%1” é grande demais (o JoggAI aceita vídeos de até %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes pictures up to %2 MB).</source>
        <translation>“%1” é grande demais (o JoggAI aceita imagens de até %2 MB).</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Não foi possível ler “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPG, PNG, WebP, GIF) or video (MP4, WebM, MOV).</source>
        <translation>“%1” não é uma imagem (JPG, PNG, WebP, GIF) nem um vídeo (MP4, WebM, MOV).</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded. %2</source>
        <translation>Não foi possível enviar “%1”. %2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>Enviando %n arquivo…</numerusform>
            <numerusform>Enviando %n arquivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) don&apos;t load: JoggAI could not use them either.</source>
        <translation>
            <numerusform>%n link não carrega: o JoggAI também não conseguiria usá-lo.</numerusform>
            <numerusform>%n links não carregam: o JoggAI também não conseguiria usá-los.</numerusform>
        </translation>
    </message>
    <message>
        <source>the item</source>
        <translation>o item</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1” removido.</translation>
    </message>
    <message>
        <source>Paste the whole link of a picture or video, e.g. https://your-shop.com/mug.jpg.</source>
        <translation>Cole o link completo de uma imagem ou vídeo, ex.: https://sua-loja.com.br/caneca.jpg.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Salvar e continuar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
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
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>You can close this window: JoggAI keeps making your video, and the app picks it up again the next time you open it.</source>
        <translation>Você pode fechar esta janela: o JoggAI continua criando seu vídeo, e o app o recupera na próxima vez que você abri-lo.</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Mudar configurações</translation>
    </message>
    <message>
        <source>Back to the video settings</source>
        <translation>Voltar às configurações do vídeo</translation>
    </message>
    <message>
        <source>Start another video</source>
        <translation>Começar outro vídeo</translation>
    </message>
    <message>
        <source>Start another video while this one is made</source>
        <translation>Começar outro vídeo enquanto este é criado</translation>
    </message>
    <message>
        <source>Your video is ready!</source>
        <translation>Seu vídeo está pronto!</translation>
    </message>
    <message>
        <source>Save video…</source>
        <translation>Salvar vídeo…</translation>
    </message>
    <message>
        <source>Save the video to a file</source>
        <translation>Salvar o vídeo em um arquivo</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>Progresso do salvamento</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>Abrir a pasta do vídeo</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Copy the video&apos;s link</source>
        <translation>Copiar o link do vídeo</translation>
    </message>
    <message>
        <source>Make another video</source>
        <translation>Criar outro vídeo</translation>
    </message>
    <message>
        <source>Make another video with the same settings</source>
        <translation>Criar outro vídeo com as mesmas configurações</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Seu vídeo</translation>
    </message>
    <message>
        <source>Did JoggAI start your video?</source>
        <translation>O JoggAI começou seu vídeo?</translation>
    </message>
    <message>
        <source>Your video was not made</source>
        <translation>Seu vídeo não foi criado</translation>
    </message>
    <message>
        <source>Video cancelled</source>
        <translation>Vídeo cancelado</translation>
    </message>
    <message>
        <source>Making your video</source>
        <translation>Criando seu vídeo</translation>
    </message>
    <message>
        <source>Watch it here, save a copy where you like, or make another one.</source>
        <translation>Assista aqui, salve uma cópia onde quiser ou crie outro.</translation>
    </message>
    <message>
        <source>JoggAI makes your video on its own computers; this page shows how far it is.</source>
        <translation>O JoggAI cria seu vídeo nos próprios servidores; esta página mostra o andamento.</translation>
    </message>
    <message>
        <source>This video was cancelled. Nothing more happens with it.</source>
        <translation>Este vídeo foi cancelado. Nada mais acontece com ele.</translation>
    </message>
    <message>
        <source>JoggAI made your video; only getting it to this computer failed.</source>
        <translation>O JoggAI criou seu vídeo; só falhou a transferência para este computador.</translation>
    </message>
    <message>
        <source>There is no product to make a video of yet. Go back and choose one.</source>
        <translation>Ainda não há produto para o vídeo. Volte e escolha um.</translation>
    </message>
    <message>
        <source>The app could not open its list of videos, so it cannot make one now. Please restart the app.</source>
        <translation>O app não conseguiu abrir a lista de vídeos, então não pode criar um agora. Reinicie o app.</translation>
    </message>
    <message>
        <source>Sending your video request to JoggAI…</source>
        <translation>Enviando seu pedido de vídeo ao JoggAI…</translation>
    </message>
    <message>
        <source>Downloading your video… %1</source>
        <translation>Baixando seu vídeo… %1</translation>
    </message>
    <message>
        <source>Trying again uses {cost}.</source>
        <translation>Tentar de novo usa {cost}.</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Arquivo de vídeo</translation>
    </message>
    <message>
        <source>Creating your video…</source>
        <translation>Criando seu vídeo…</translation>
    </message>
    <message>
        <source>Your video is ready. Getting it…</source>
        <translation>Seu vídeo está pronto. Buscando…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue…</source>
        <translation>Na fila do JoggAI…</translation>
    </message>
    <message>
        <source>Downloading your video…</source>
        <translation>Baixando seu vídeo…</translation>
    </message>
    <message>
        <source>Downloading your video… {p}%</source>
        <translation>Baixando seu vídeo… {p}%</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Salvo como {name}</translation>
    </message>
    <message>
        <source>Downloaded as {name}</source>
        <translation>Baixado como {name}</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>Salvar vídeo</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Video saved to {path}</source>
        <translation>Vídeo salvo em {path}</translation>
    </message>
    <message>
        <source>The video&apos;s link is copied. Paste it anywhere.</source>
        <translation>O link do vídeo foi copiado. Cole onde quiser.</translation>
    </message>
    <message>
        <source>Time so far: {elapsed} — videos usually take 1 to 10 minutes.</source>
        <translation>Tempo até agora: {elapsed} — os vídeos costumam levar de 1 a 10 minutos.</translation>
    </message>
</context>
<context>
    <name>ScriptStyleList</name>
    <message>
        <source>Script style</source>
        <translation>Estilo do roteiro</translation>
    </message>
</context>
<context>
    <name>ScriptSuggester</name>
    <message>
        <source>Suggest a script…</source>
        <translation>Sugerir um roteiro…</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for this product in several styles (%1 credit each time you ask).</source>
        <translation>A JoggAI escreve roteiros para este produto em vários estilos (%1 crédito a cada pedido).</translation>
    </message>
    <message>
        <source>For “%1”, in %2, for a video of %3.</source>
        <translation>Para “%1”, em %2, para um vídeo de %3.</translation>
    </message>
    <message>
        <source>your product</source>
        <translation>seu produto</translation>
    </message>
    <message>
        <source>Enter the product&apos;s details first.</source>
        <translation>Informe primeiro os dados do produto.</translation>
    </message>
    <message>
        <source>Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again (free)” shows them when they are ready.</source>
        <translation>Você parou de esperar. A JoggAI continua escrevendo os roteiros que você pediu: “Ver de novo (grátis)” os mostra quando estiverem prontos.</translation>
    </message>
    <message>
        <source>Stopped waiting. If JoggAI had the request already, its %1 credit is used.</source>
        <translation>Você parou de esperar. Se a JoggAI já tinha recebido o pedido, o %1 crédito foi usado.</translation>
    </message>
    <message>
        <source>Replace your script?</source>
        <translation>Substituir seu roteiro?</translation>
    </message>
    <message>
        <source>Your script box already has text. Replace it with this suggestion? (Ctrl+Z in the box brings your text back.)</source>
        <translation>Sua caixa de roteiro já tem texto. Substituí-lo por esta sugestão? (Ctrl+Z na caixa traz seu texto de volta.)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Keep my script</source>
        <translation>Manter meu roteiro</translation>
    </message>
</context>
<context>
    <name>ScriptSuggestionsDialog</name>
    <message>
        <source>Suggest a script</source>
        <translation>Sugerir um roteiro</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for your product in several styles. Pick one to put it in your script box, where you can still change it.</source>
        <translation>A JoggAI escreve roteiros para seu produto em vários estilos. Escolha um para colocá-lo na sua caixa de roteiro, onde você ainda pode alterá-lo.</translation>
    </message>
    <message>
        <source>Note: JoggAI may still rewrite the narration of a product video, even when you give it a script.</source>
        <translation>Observação: a JoggAI ainda pode reescrever a narração de um vídeo de produto, mesmo quando você fornece um roteiro.</translation>
    </message>
    <message>
        <source>Ask again (%1 credit)</source>
        <translation>Pedir de novo (%1 crédito)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Each time you ask, JoggAI charges %1 credit.</source>
        <translation>A cada pedido, a JoggAI cobra %1 crédito.</translation>
    </message>
    <message>
        <source>Ask JoggAI (%1 credit)</source>
        <translation>Pedir à JoggAI (%1 crédito)</translation>
    </message>
    <message>
        <source>Look again (free)</source>
        <translation>Ver de novo (grátis)</translation>
    </message>
    <message>
        <source>Shows the scripts you already asked for, once JoggAI has written them. Nothing is charged.</source>
        <translation>Mostra os roteiros que você já pediu, assim que a JoggAI os escrever. Nada é cobrado.</translation>
    </message>
    <message>
        <source>JoggAI is writing scripts for your product… This usually takes less than a minute.</source>
        <translation>A JoggAI está escrevendo roteiros para seu produto… Isso costuma levar menos de um minuto.</translation>
    </message>
    <message>
        <source>Waiting for JoggAI</source>
        <translation>Aguardando a JoggAI</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de esperar</translation>
    </message>
    <message>
        <source>Stopping does not give back the %1 credit: JoggAI has the request already.</source>
        <translation>Parar não devolve o %1 crédito: a JoggAI já recebeu o pedido.</translation>
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
        <translation>Duração:</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Duração: %1</translation>
    </message>
    <message>
        <source>Video name</source>
        <translation>Nome do vídeo</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Legendas</translation>
    </message>
    <message>
        <source>Your own script</source>
        <translation>Seu próprio roteiro</translation>
    </message>
    <message>
        <source>Leave empty and JoggAI writes the script from your product details.</source>
        <translation>Deixe em branco e o JoggAI escreve o roteiro a partir dos dados do produto.</translation>
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
        <translation>(o vídeo pode durar um pouco mais)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Mudar…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Visual</translation>
    </message>
    <message>
        <source>Show captions</source>
        <translation>Mostrar legendas</translation>
    </message>
    <message>
        <source>Subtitles in the video: the script as text on screen</source>
        <translation>Legendas no vídeo: o roteiro como texto na tela</translation>
    </message>
    <message>
        <source>Optional: a name to find this video by in JoggAI</source>
        <translation>Opcional: um nome para encontrar este vídeo no JoggAI</translation>
    </message>
    <message>
        <source>&amp;Language of the script and the voice:</source>
        <translation>&amp;Idioma do roteiro e da voz:</translation>
    </message>
    <message>
        <source>Script &amp;style:</source>
        <translation>&amp;Estilo do roteiro:</translation>
    </message>
    <message>
        <source>Your &amp;own script for this product (optional; JoggAI may shorten it to fit the length):</source>
        <translation>Seu &amp;próprio roteiro para este produto (opcional; o JoggAI pode encurtá-lo para caber na duração):</translation>
    </message>
    <message>
        <source>How the video speaks: its language, its style, or your own words.</source>
        <translation>Como o vídeo fala: o idioma, o estilo ou suas próprias palavras.</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>Escolher um avatar</translation>
    </message>
    <message>
        <source>The presenter of your video. Click one to see it move; filters narrow the list.</source>
        <translation>Quem apresenta seu vídeo. Clique em um para vê-lo em movimento; os filtros reduzem a lista.</translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation>Escolher uma voz</translation>
    </message>
    <message>
        <source>Voices for the script&apos;s language. Press Space or a row&apos;s play button to hear one.</source>
        <translation>Vozes para o idioma do roteiro. Pressione Espaço ou o botão de reproduzir de uma linha para ouvir uma.</translation>
    </message>
    <message>
        <source>Choose background music</source>
        <translation>Escolher música de fundo</translation>
    </message>
    <message>
        <source>Press Space or a row&apos;s play button to hear a track.</source>
        <translation>Pressione Espaço ou o botão de reproduzir de uma linha para ouvir uma faixa.</translation>
    </message>
    <message>
        <source>Choose the look</source>
        <translation>Escolher o visual</translation>
    </message>
    <message>
        <source>A visual style for this format, or one of your templates.</source>
        <translation>Um estilo visual para este formato ou um dos seus modelos.</translation>
    </message>
    <message>
        <source>This sample could not be played.</source>
        <translation>Não foi possível tocar esta amostra.</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Configurações do vídeo</translation>
    </message>
    <message>
        <source>Choose how your video looks and sounds. You can see the cost before you start.</source>
        <translation>Escolha a aparência e o som do seu vídeo. Você vê o custo antes de começar.</translation>
    </message>
    <message>
        <source>Make video ({cost})</source>
        <translation>Criar vídeo ({cost})</translation>
    </message>
    <message>
        <source>Pick an avatar to present your product.</source>
        <translation>Escolha um avatar para apresentar seu produto.</translation>
    </message>
    <message>
        <source>Pick a template, or choose a visual style instead.</source>
        <translation>Escolha um modelo ou, em vez disso, um estilo visual.</translation>
    </message>
    <message>
        <source>{old} has no {format} version: {new} is chosen instead.</source>
        <translation>{old} não tem versão no formato {format}: {new} foi escolhido no lugar.</translation>
    </message>
    <message>
        <source>JoggAI chooses a voice that matches the avatar</source>
        <translation>O JoggAI escolhe uma voz que combina com o avatar</translation>
    </message>
    <message>
        <source>Your own script: “{start}”</source>
        <translation>Seu próprio roteiro: “{start}”</translation>
    </message>
    <message>
        <source>No avatar chosen yet</source>
        <translation>Nenhum avatar escolhido ainda</translation>
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
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>No template for this format yet: pick one or a visual style</source>
        <translation>Ainda não há modelo para este formato: escolha um ou um estilo visual</translation>
    </message>
    <message>
        <source>Loading avatars…</source>
        <translation>Carregando avatares…</translation>
    </message>
    <message>
        <source>Loading music…</source>
        <translation>Carregando músicas…</translation>
    </message>
    <message>
        <source>Loading visual styles and templates…</source>
        <translation>Carregando estilos visuais e modelos…</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>Carregando vozes…</translation>
    </message>
    <message>
        <source>Could not load this list. Use “Try again” above.</source>
        <translation>Não foi possível carregar esta lista. Use “Tentar de novo” acima.</translation>
    </message>
    <message>
        <source>Your own {what} could not be loaded; the JoggAI library is shown.</source>
        <translation>Não foi possível carregar seus {what}; a biblioteca do JoggAI é exibida.</translation>
    </message>
    <message>
        <source>avatars</source>
        <translation>avatares</translation>
    </message>
    <message>
        <source>No voices for this language: JoggAI will choose one.</source>
        <translation>Nenhuma voz para este idioma: o JoggAI vai escolher uma.</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>vozes</translation>
    </message>
    <message>
        <source>music</source>
        <translation>músicas</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>modelos</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Visual styles</source>
        <translation>Estilos visuais</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Script</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Suggested script in the style %1</source>
        <translation>Roteiro sugerido no estilo %1</translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation>Usar este roteiro</translation>
    </message>
    <message>
        <source>Use the %1 script</source>
        <translation>Usar o roteiro “%1”</translation>
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
        <translation>ids de avatar, ex.: 81, 412 (custom:7 para os seus)</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Vozes</translation>
    </message>
    <message>
        <source>voice ids, e.g. en-US-JennyNeural</source>
        <translation>ids de voz, ex.: en-US-JennyNeural</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>Visuais</translation>
    </message>
    <message>
        <source>e.g. style:Split, template:12</source>
        <translation>ex.: style:Split, template:12</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formatos</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>Durações</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Video player</source>
        <translation>Player de vídeo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproduzir (Espaço)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posição no vídeo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>No sound device found: the video plays without sound.</source>
        <translation>Nenhum dispositivo de som encontrado: o vídeo é reproduzido sem som.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausar (Espaço)</translation>
    </message>
</context>
<context>
    <name>VoiceList</name>
    <message>
        <source>Voice gender</source>
        <translation>Gênero da voz</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Qualquer gênero</translation>
    </message>
    <message>
        <source>Voice age</source>
        <translation>Idade da voz</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Qualquer idade</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Vozes</translation>
    </message>
    <message>
        <source>Let JoggAI choose a voice</source>
        <translation>Deixar o JoggAI escolher uma voz</translation>
    </message>
    <message>
        <source>matches the avatar</source>
        <translation>combina com o avatar</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meus</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>No web browser could be opened from here. The address is copied: paste it into your browser: {url}</source>
        <translation>Não foi possível abrir um navegador daqui. O endereço foi copiado; cole-o no seu navegador: {url}</translation>
    </message>
    <message>
        <source>No file manager could be opened from here. The folder&apos;s path is copied: {path}</source>
        <translation>Não foi possível abrir um gerenciador de arquivos daqui. O caminho da pasta foi copiado: {path}</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Product link</source>
        <translation>Link do produto</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Dados do produto</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>Configurações do vídeo</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Seu vídeo</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título da página</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Demo mode: a built-in simulator, nothing is charged.</source>
        <translation>Modo de demonstração: um simulador integrado, nada é cobrado.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Forget your API key?</source>
        <translation>Esquecer sua chave de API?</translation>
    </message>
    <message>
        <source>The app forgets your JoggAI API key and removes it from this computer. To make videos again you paste it again (in JoggAI: your avatar → API).</source>
        <translation>O app esquece sua chave de API do JoggAI e a remove deste computador. Para criar vídeos de novo, cole-a outra vez (no JoggAI: seu avatar → API).</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Manter</translation>
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
        <translation>Trocar chave de API…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>Esquecer chave de API</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Histórico…</translation>
    </message>
    <message>
        <source>Make many videos…</source>
        <translation>Criar muitos vídeos…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Your videos appear here once your API key is set up.</source>
        <translation>Seus vídeos aparecem aqui depois que sua chave de API estiver configurada.</translation>
    </message>
    <message>
        <source>Set up your API key first, then make many videos at once.</source>
        <translation>Configure sua chave de API primeiro; depois você pode criar muitos vídeos de uma vez.</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no API key.</source>
        <translation>Diagnóstico copiado. Ele não contém nenhuma chave de API.</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Play sample of {name}</source>
        <translation>Tocar amostra de {name}</translation>
    </message>
    <message>
        <source>Play a sample (Space)</source>
        <translation>Tocar uma amostra (Espaço)</translation>
    </message>
    <message>
        <source>Stop sample of {name}</source>
        <translation>Parar amostra de {name}</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>portrait</source>
        <translation>retrato</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paisagem</translation>
    </message>
    <message>
        <source>square</source>
        <translation>quadrado</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>JoggAI API version (advanced)</source>
        <translation>Versão da API do JoggAI (avançado)</translation>
    </message>
    <message>
        <source>v2 — JoggAI&apos;s current API (recommended)</source>
        <translation>v2 — a API atual do JoggAI (recomendada)</translation>
    </message>
    <message>
        <source>v1 — the older API (templates, 16 script styles)</source>
        <translation>v1 — a API anterior (modelos, 16 estilos de roteiro)</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>JoggAI asked us to slow down — trying again now…</source>
        <translation>O JoggAI pediu para ir mais devagar — tentando de novo agora…</translation>
    </message>
    <message>
        <source>JoggAI asked us to slow down — waiting {n} s before the next try.</source>
        <translation>O JoggAI pediu para ir mais devagar — aguardando {n} s antes da próxima tentativa.</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — trying again now…</source>
        <translation>Não foi possível conectar ao JoggAI — tentando de novo agora…</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — still trying (next try in {n} s).</source>
        <translation>Não foi possível conectar ao JoggAI — tentando de novo (próxima tentativa em {n} s).</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — trying again now…</source>
        <translation>O JoggAI está com um problema — tentando de novo agora…</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — still trying (next try in {n} s).</source>
        <translation>O JoggAI está com um problema — tentando de novo (próxima tentativa em {n} s).</translation>
    </message>
</context>
</TS>
