<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation>
            <numerusform>前回の動画 %n 本の処理を再開しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation>
            <numerusform>アプリの終了時に %n 件の動画リクエストを確認できませんでした。もう一度試す前に JoggAI で動画を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The History window shows how they are doing.</source>
        <translation>進み具合は履歴ウィンドウで確認できます。</translation>
    </message>
    <message>
        <source>The videos from last time are finished: see History.</source>
        <translation>前回の動画は完成しました。履歴で確認できます。</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>デモを起動しています…</translation>
    </message>
    <message>
        <source>The demo did not start in time. Please try again.</source>
        <comment>Demo</comment>
        <translation>デモが時間内に起動しませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The demo stopped unexpectedly. Please try again.</source>
        <comment>Demo</comment>
        <translation>デモが予期せず停止しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The demo could not be started. Please try again.</source>
        <comment>Demo</comment>
        <translation>デモを起動できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>JoggAI did not accept your API key. Check that you copied the whole key from JoggAI (your avatar → API).</source>
        <translation>JoggAI が API キーを受け付けませんでした。JoggAI（アバター → API）からキー全体をコピーしたか確認してください。</translation>
    </message>
    <message>
        <source>Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.</source>
        <translation>JoggAI アカウントのクレジットがなくなりました。JoggAI でクレジットを追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your JoggAI plan does not include this feature through the API. Upgrade your plan in JoggAI, or contact JoggAI support.</source>
        <translation>ご利用の JoggAI プランでは、この機能を API で使えません。JoggAI でプランをアップグレードするか、JoggAI サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>JoggAI could not find this item any more. Please start again.</source>
        <translation>JoggAI でこの項目が見つからなくなりました。最初からやり直してください。</translation>
    </message>
    <message>
        <source>JoggAI did not accept some of the details. Please check them and try again.</source>
        <translation>JoggAI が一部の内容を受け付けませんでした。内容を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>JoggAI is busy with your earlier requests. Please wait a moment and try again.</source>
        <translation>JoggAI は前のリクエストを処理中です。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>JoggAI is having a problem right now. Please try again in a few minutes.</source>
        <translation>JoggAI で現在問題が発生しています。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach JoggAI. Check your internet connection and try again.</source>
        <translation>JoggAI に接続できませんでした。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>JoggAI took too long to answer. Please try again.</source>
        <translation>JoggAI の応答に時間がかかりすぎました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>JoggAI sent an answer the app could not understand. Please try again later.</source>
        <translation>JoggAI から、アプリが理解できない応答が届きました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>JoggAI could not read the product details from this page. Check the link, or enter the product details yourself.</source>
        <translation>このページから JoggAI が商品情報を読み取れませんでした。リンクを確認するか、商品情報をご自身で入力してください。</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video. It may already be rendering and may have used credits. Check your videos in JoggAI before trying again.</source>
        <translation>JoggAI が動画の作成を開始したか確認できませんでした。すでに作成中で、クレジットが使われている可能性があります。もう一度試す前に JoggAI で動画を確認してください。</translation>
    </message>
    <message>
        <source>JoggAI could not make this video. Try different images or settings.</source>
        <translation>JoggAI はこの動画を作成できませんでした。別の画像や設定でお試しください。</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI wrote the script suggestions. It may have used 0.2 credit. You can ask again: that costs another 0.2 credit.</source>
        <translation>JoggAI が台本の提案を作成したか確認できませんでした。0.2 クレジットが使われた可能性があります。もう一度依頼できますが、さらに 0.2 クレジットかかります。</translation>
    </message>
    <message>
        <source>JoggAI could not write script suggestions for this product. Try again, or write the script yourself.</source>
        <translation>JoggAI はこの商品の台本を提案できませんでした。もう一度試すか、台本をご自分で書いてください。</translation>
    </message>
    <message>
        <source>JoggAI is taking much longer than usual to write the script suggestions. Try again later, or write the script yourself.</source>
        <translation>JoggAI の台本提案にいつもよりかなり時間がかかっています。後でもう一度試すか、台本をご自分で書いてください。</translation>
    </message>
    <message>
        <source>This video was deleted in JoggAI.</source>
        <translation>この動画は JoggAI で削除されました。</translation>
    </message>
    <message>
        <source>This video is taking much longer than usual. It may still finish: check again later, or contact JoggAI support.</source>
        <translation>この動画はいつもよりかなり時間がかかっています。まだ完成する可能性があります。後でもう一度確認するか、JoggAI サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The finished video could not be downloaded from JoggAI. It is kept there: try again later (nothing is charged again).</source>
        <translation>完成した動画を JoggAI からダウンロードできませんでした。動画は JoggAI に保存されています。後でもう一度お試しください（再度課金されることはありません）。</translation>
    </message>
    <message>
        <source>JoggAI did not accept the file upload. Please try again.</source>
        <translation>JoggAI がファイルのアップロードを受け付けませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection to JoggAI could not be verified. If your company network checks secure traffic, ask your IT team to install its certificate on this computer; also check the computer&apos;s date and time.</source>
        <translation>JoggAI との安全な接続を確認できませんでした。社内ネットワークで暗号化通信を検査している場合は、IT 担当者にこのコンピューターへ証明書をインストールしてもらってください。コンピューターの日付と時刻も確認してください。</translation>
    </message>
    <message>
        <source>The API address must start with https:// (only an address on this computer may use http://): otherwise your API key would travel unprotected.</source>
        <translation>API のアドレスは https:// で始まる必要があります（http:// を使えるのはこのコンピューター上のアドレスだけです）。そうでないと API キーが保護されずに送信されます。</translation>
    </message>
    <message>
        <source>The app cannot save videos in %1. Choose another folder, or fix its permissions. Nothing was charged.</source>
        <translation>%1 に動画を保存できません。別のフォルダーを選ぶか、フォルダーの権限を修正してください。料金はかかっていません。</translation>
    </message>
    <message>
        <source>The disk with %1 is nearly full. Free some space or choose another folder. Nothing was charged.</source>
        <translation>%1 のディスクの空き容量がほとんどありません。空き容量を確保するか、別のフォルダーを選んでください。料金はかかっていません。</translation>
    </message>
    <message>
        <source>The video could not be saved in %1. It is kept in JoggAI: choose another folder and download it again (nothing is charged again).</source>
        <translation>%1 に動画を保存できませんでした。動画は JoggAI に保存されています。別のフォルダーを選んで、もう一度ダウンロードしてください（再度課金されることはありません）。</translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved in %1. Free some space (or choose another folder), then download it again: nothing is charged again.</source>
        <translation>ディスクがいっぱいのため、%1 に動画を保存できませんでした。空き容量を確保する（または別のフォルダーを選ぶ）と、もう一度ダウンロードできます。再度課金されることはありません。</translation>
    </message>
    <message>
        <source>JoggAI sent something that is not a video. Please try downloading it again later.</source>
        <translation>JoggAI から動画ではないものが届きました。しばらくしてからもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>JoggAI started your video, but the app could not note it in its list. It will be finished when the app starts again. Nothing is charged again.</source>
        <translation>JoggAI は動画の作成を開始しましたが、アプリがリストに記録できませんでした。次回アプリを起動したときに完成させます。再度課金されることはありません。</translation>
    </message>
    <message>
        <source>Some of the details are not valid. Please check them.</source>
        <translation>一部の内容が正しくありません。確認してください。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) could not be used. Try again; if it keeps happening, send the details to support.</source>
        <translation>アプリの動画リスト（%1）を使用できませんでした。もう一度お試しください。繰り返し起こる場合は、詳細をサポートに送ってください。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is busy: another Jogg Desktop window is writing to it. Wait a moment and try again.</source>
        <translation>アプリの動画リスト（%1）は使用中です。別の Jogg Desktop ウィンドウが書き込んでいます。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk with the app&apos;s list of videos (%1) is full. Free some space, then try again.</source>
        <translation>アプリの動画リスト（%1）があるディスクがいっぱいです。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The app cannot write its list of videos (%1). Check that you may write to that folder.</source>
        <translation>アプリが動画リスト（%1）に書き込めません。そのフォルダーへの書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is damaged. Rename or move that file, then start again: the app makes a new list. Keep the old file for support: it may list paid videos.</source>
        <translation>アプリの動画リスト（%1）が破損しています。ファイルの名前を変更するか移動してから、もう一度起動してください。新しいリストが作成されます。古いファイルは有料の動画が記録されている可能性があるため、サポート用に保管してください。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) was written by a newer version of Jogg Desktop. Update the app.</source>
        <translation>アプリの動画リスト（%1）は、より新しいバージョンの Jogg Desktop で書き込まれました。アプリを更新してください。</translation>
    </message>
    <message>
        <source>The record of this video in %1 is damaged and was set aside. The other videos are not affected.</source>
        <translation>%1 にあるこの動画の記録が破損していたため、別に保管しました。ほかの動画には影響ありません。</translation>
    </message>
    <message>
        <source>This video was not started: the app closed before asking JoggAI. Nothing was charged.</source>
        <translation>この動画は開始されていません。JoggAI に依頼する前にアプリが終了しました。料金はかかっていません。</translation>
    </message>
    <message>
        <source>This video is being finished in another Jogg Desktop window. Wait for it there.</source>
        <translation>この動画は別の Jogg Desktop ウィンドウで仕上げ中です。そちらでお待ちください。</translation>
    </message>
    <message>
        <source>This video was never started in JoggAI, so there is nothing to download.</source>
        <translation>この動画は JoggAI で開始されていないため、ダウンロードするものはありません。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this video. Please try again.</source>
        <translation>この動画で予期しない問題が発生しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to JoggAI.</source>
        <translation>JoggAI との通信中に問題が発生しました。</translation>
    </message>
    <message>
        <source>the chosen folder</source>
        <translation>選択したフォルダー</translation>
    </message>
    <message>
        <source>This took too long. Please try again.</source>
        <translation>時間がかかりすぎました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file “%1” could not be found. It may have been moved or deleted.</source>
        <translation>ファイル「%1」が見つかりません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>The app is not allowed to open or write this file. Check its permissions.</source>
        <translation>このファイルを開いたり書き込んだりする権限がアプリにありません。ファイルの権限を確認してください。</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the file and free disk space, then try again.</source>
        <translation>ファイルを読み書きできませんでした。ファイルとディスクの空き容量を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, copy the details and send them to support.</source>
        <translation>予期しない問題が発生しました。もう一度お試しください。繰り返し起こる場合は、詳細をコピーしてサポートに送ってください。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>Fix API key</source>
        <translation>API キーを修正</translation>
    </message>
    <message>
        <source>Buy credits in JoggAI</source>
        <translation>JoggAI でクレジットを購入</translation>
    </message>
    <message>
        <source>Open JoggAI</source>
        <translation>JoggAI を開く</translation>
    </message>
    <message>
        <source>Enter details myself</source>
        <translation>自分で情報を入力</translation>
    </message>
    <message>
        <source>Check my videos in JoggAI</source>
        <translation>JoggAI で動画を確認</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Asking JoggAI to start…</source>
        <translation>JoggAI に開始を依頼しています…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue</source>
        <translation>JoggAI の順番待ち</translation>
    </message>
    <message>
        <source>JoggAI is making your video</source>
        <translation>JoggAI が動画を作成中</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>ダウンロード中… %1 %</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>ダウンロード中… %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not confirmed — check your videos in JoggAI before trying again</source>
        <translation>未確認 — もう一度試す前に JoggAI で動画を確認してください</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation>無題の動画</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n クレジット</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly last time. Your videos, jobs and settings are kept, and videos that were being made are picked up again. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>前回、Jogg Desktop が予期せず終了しました。動画、処理中の作業、設定は保持されており、作成中だった動画は再開されます。繰り返し起こる場合は、下の詳細をコピーしてサポートに送ってください。API キーは含まれていません。</translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly</source>
        <translation>Jogg Desktop が予期せず終了しました</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 クレジット</translation>
    </message>
    <message>
        <source>This video used %1 (JoggAI&apos;s figure).</source>
        <translation>この動画で使用したクレジット: %1（JoggAI の数値）。</translation>
    </message>
    <message>
        <source>Your JoggAI balance: %1 (JoggAI&apos;s figure; it may take a while to update).</source>
        <translation>JoggAI の残高: %1（JoggAI の数値。反映に時間がかかることがあります）。</translation>
    </message>
    <message>
        <source>%1 of %2 videos are ready; %3 failed.</source>
        <translation>%2 本中 %1 本の動画が完成しました。%3 本は失敗しました。</translation>
    </message>
    <message>
        <source>Your batch is finished</source>
        <translation>一括作成が完了しました</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>The avatar fills the screen; your pictures cut in between.</source>
        <translation>アバターが画面いっぱいに表示され、その合間に画像が入ります。</translation>
    </message>
    <message>
        <source>Floating avatar</source>
        <translation>フローティングアバター</translation>
    </message>
    <message>
        <source>Your pictures fill the screen; the avatar floats in a corner.</source>
        <translation>画像が画面いっぱいに表示され、アバターは隅に浮かびます。</translation>
    </message>
    <message>
        <source>Avatar below</source>
        <translation>アバターを下に</translation>
    </message>
    <message>
        <source>Your pictures on top, the avatar underneath.</source>
        <translation>画像が上、アバターが下に表示されます。</translation>
    </message>
    <message>
        <source>Avatar bubble</source>
        <translation>アバターバブル</translation>
    </message>
    <message>
        <source>The avatar in a small round bubble over your pictures.</source>
        <translation>画像の上に、小さな丸いバブルでアバターを表示します。</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>カルーセル</translation>
    </message>
    <message>
        <source>Your pictures turn from one to the next; the avatar presents.</source>
        <translation>画像が次々と切り替わり、アバターが紹介します。</translation>
    </message>
    <message>
        <source>Floating, then voice</source>
        <translation>フローティング→音声のみ</translation>
    </message>
    <message>
        <source>The avatar floats in a corner, then only its voice goes on.</source>
        <translation>アバターは隅に浮かび、その後は音声だけが続きます。</translation>
    </message>
    <message>
        <source>Tilted frame</source>
        <translation>傾いたフレーム</translation>
    </message>
    <message>
        <source>Your pictures in a tilted frame beside the avatar.</source>
        <translation>アバターの横に、傾いたフレームで画像を表示します。</translation>
    </message>
    <message>
        <source>Sharp pictures</source>
        <translation>くっきり画像</translation>
    </message>
    <message>
        <source>Your pictures shown whole on a plain background, no blurred fill.</source>
        <translation>ぼかしの背景を使わず、無地の背景に画像全体を表示します。</translation>
    </message>
    <message>
        <source>Pictures only</source>
        <translation>画像のみ</translation>
    </message>
    <message>
        <source>Just your pictures, one after another, with the voice over them.</source>
        <translation>画像だけを順番に表示し、音声を重ねます。</translation>
    </message>
    <message>
        <source>Split screen</source>
        <translation>分割画面</translation>
    </message>
    <message>
        <source>The screen split in two: your product and the avatar side by side.</source>
        <translation>画面を 2 つに分け、商品とアバターを並べて表示します。</translation>
    </message>
    <message>
        <source>A layout from JoggAI&apos;s library.</source>
        <translation>JoggAI ライブラリのレイアウトです。</translation>
    </message>
</context>
<context>
    <name>AspectCards</name>
    <message>
        <source>Aspect ratio</source>
        <translation>縦横比</translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation>縦型 9:16</translation>
    </message>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok、リール、ショート</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>横型 16:9</translation>
    </message>
    <message>
        <source>YouTube, websites</source>
        <translation>YouTube、Web サイト</translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation>正方形 1:1</translation>
    </message>
    <message>
        <source>Feeds, marketplaces</source>
        <translation>フィード、マーケットプレイス</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <source>Show avatars from</source>
        <translation>表示するアバター</translation>
    </message>
    <message>
        <source>All avatars</source>
        <translation>すべてのアバター</translation>
    </message>
    <message>
        <source>JoggAI library</source>
        <translation>JoggAI ライブラリ</translation>
    </message>
    <message>
        <source>My avatars</source>
        <translation>マイアバター</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>性別を問わない</translation>
    </message>
    <message>
        <source>Avatar gender</source>
        <translation>アバターの性別</translation>
    </message>
    <message>
        <source>Avatar age</source>
        <translation>アバターの年齢</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>年齢を問わない</translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation>アバターのスタイル</translation>
    </message>
    <message>
        <source>Any style</source>
        <translation>スタイルを問わない</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>アバター</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>アバター {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分用</translation>
    </message>
    <message>
        <source>No avatar matches these filters for this aspect ratio.</source>
        <translation>この縦横比では、条件に合うアバターがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n 件を表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Information</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>メッセージのアイコン</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>商品ページを読み取っています</translation>
    </message>
    <message>
        <source>Asking JoggAI</source>
        <translation>JoggAI に依頼中</translation>
    </message>
    <message>
        <source>JoggAI is making it</source>
        <translation>JoggAI が作成中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>ダウンロード中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Make many videos</source>
        <translation>動画を一括作成</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>新しい一括作成</translation>
    </message>
    <message>
        <source>Product links, one per line</source>
        <translation>商品リンク（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Paste product page links here, one per line</source>
        <translation>商品ページのリンクを 1 行に 1 つずつ貼り付けてください</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV をインポート…</translation>
    </message>
    <message>
        <source>Add from History…</source>
        <translation>履歴から追加…</translation>
    </message>
    <message>
        <source>Settings for every video</source>
        <translation>すべての動画の設定</translation>
    </message>
    <message>
        <source>The current video settings</source>
        <translation>現在の動画の設定</translation>
    </message>
    <message>
        <source>Saved settings: %1</source>
        <translation>保存した設定: %1</translation>
    </message>
    <message>
        <source>Folder for the videos</source>
        <translation>動画の保存先フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Make the videos…</source>
        <translation>動画を作成…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Videos of the batch</source>
        <translation>一括作成の動画</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>一括作成をキャンセル</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>結果をエクスポート…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Check the links: %1</source>
        <translation>リンクを確認してください: %1</translation>
    </message>
    <message>
        <source>Check the variants.</source>
        <translation>バリエーションを確認してください。</translation>
    </message>
    <message>
        <source>Paste links, import a CSV or add products from the History.</source>
        <translation>リンクを貼り付けるか、CSV をインポートするか、履歴から商品を追加してください。</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>CSV をインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>This file could not be read. Is it a CSV file?</source>
        <translation>このファイルを読み込めませんでした。CSV ファイルですか？</translation>
    </message>
    <message>
        <source>This CSV cannot be used: %1</source>
        <translation>この CSV は使用できません: %1</translation>
    </message>
    <message>
        <source>The History has no products yet.</source>
        <translation>履歴にはまだ商品がありません。</translation>
    </message>
    <message>
        <source>Save the videos in</source>
        <translation>動画の保存先</translation>
    </message>
    <message>
        <source>Make the videos?</source>
        <translation>動画を作成しますか？</translation>
    </message>
    <message>
        <source>%1.

This uses %2 credits from your JoggAI account.</source>
        <translation>%1。

JoggAI アカウントから %2 クレジットを使います。</translation>
    </message>
    <message>
        <source>Make %1 videos</source>
        <translation>%1 本の動画を作成</translation>
    </message>
    <message>
        <source>%1 of %2 videos done, %3 failed, %4 credits used</source>
        <translation>%2 本中 %1 本完成、%3 本失敗、%4 クレジット使用</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Cancelled: videos already requested are still finished</source>
        <translation>キャンセルしました: すでに依頼済みの動画は完成まで処理されます</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <source>The results could not be saved there. Choose another folder.</source>
        <translation>その場所に結果を保存できませんでした。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Results saved: %1</source>
        <translation>結果を保存しました: %1</translation>
    </message>
    <message>
        <source>The batch goes on in the background (%1 of %2 videos done). Open “Make many videos…” to follow it.</source>
        <translation>一括作成はバックグラウンドで続いています（%2 本中 %1 本完成）。進み具合は「動画を一括作成…」で確認できます。</translation>
    </message>
    <message>
        <source>Read the product page again (nothing was charged)</source>
        <translation>商品ページをもう一度読み込む（料金はかかっていません）</translation>
    </message>
    <message>
        <source>Ask JoggAI again: this video was never started, nothing was charged</source>
        <translation>JoggAI にもう一度依頼: この動画は開始されておらず、料金はかかっていません</translation>
    </message>
    <message>
        <source>Download the finished video again (no new charge)</source>
        <translation>完成した動画をもう一度ダウンロード（追加料金なし）</translation>
    </message>
    <message>
        <source>This video cannot be retried safely: it may have used credits already</source>
        <translation>この動画は安全に再試行できません。すでにクレジットが使われている可能性があります</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>フィリピン語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>スロベニア語</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>中国語（簡体字）</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>中国語（繁体字）</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>広東語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>マラヤーラム語</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>タミル語</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>テルグ語</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>ズールー語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>Flemish</source>
        <translation>フラマン語</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>ラトビア語</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>モンゴル語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシャ語</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>オディア語</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>アッサム語</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>カンナダ語</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>タガログ語</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>アムハラ語</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>スワヒリ語</translation>
    </message>
    <message>
        <source>Don&apos;t Worry</source>
        <translation>安心させる</translation>
    </message>
    <message>
        <source>Casual and reassuring: names a worry and shows how the product solves it.</source>
        <translation>親しみやすく安心感のある語り口。悩みを挙げ、商品がどう解決するかを見せます。</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>発見</translation>
    </message>
    <message>
        <source>An exciting new find, shared like a tip with a friend.</source>
        <translation>ワクワクする新発見を、友だちに教えるように紹介します。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Facts, numbers and specifications up front.</source>
        <translation>事実、数字、仕様を最初に伝えます。</translation>
    </message>
    <message>
        <source>Top 3 reasons</source>
        <translation>購入すべき 3 つの理由</translation>
    </message>
    <message>
        <source>Three clear reasons to buy, one after another.</source>
        <translation>購入をおすすめする明確な理由を 3 つ、順に紹介します。</translation>
    </message>
    <message>
        <source>Soft Selling</source>
        <translation>ソフトセリング</translation>
    </message>
    <message>
        <source>Gentle and friendly, no hard push.</source>
        <translation>押し売りせず、やさしく親しみやすく伝えます。</translation>
    </message>
    <message>
        <source>Humor &amp; Meme</source>
        <translation>ユーモアとミーム</translation>
    </message>
    <message>
        <source>Light-hearted and funny, in the style of social media memes.</source>
        <translation>SNS のミーム風に、軽快で楽しく紹介します。</translation>
    </message>
    <message>
        <source>Feature Explainer</source>
        <translation>機能紹介</translation>
    </message>
    <message>
        <source>Walks through the main features and what each one does.</source>
        <translation>主な機能と、それぞれで何ができるかを順に説明します。</translation>
    </message>
    <message>
        <source>Soft Storytelling with Twist</source>
        <translation>ひねりのあるストーリー</translation>
    </message>
    <message>
        <source>A short story that ends with a surprise.</source>
        <translation>意外な結末で終わる短いストーリーです。</translation>
    </message>
    <message>
        <source>Expert Advice</source>
        <translation>専門家のアドバイス</translation>
    </message>
    <message>
        <source>Sounds like a knowledgeable expert recommending the product.</source>
        <translation>詳しい専門家が商品をすすめるような語り口です。</translation>
    </message>
    <message>
        <source>Unboxing &amp; Review</source>
        <translation>開封レビュー</translation>
    </message>
    <message>
        <source>Like opening the box and giving an honest first review.</source>
        <translation>箱を開けて、率直な第一印象を伝えるような内容です。</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <source>Sets a challenge and shows the product rising to it.</source>
        <translation>チャレンジを設定し、商品がそれに応える様子を見せます。</translation>
    </message>
    <message>
        <source>Problem/Solution</source>
        <translation>課題と解決</translation>
    </message>
    <message>
        <source>States a common problem, then presents the product as the fix.</source>
        <translation>よくある悩みを挙げ、その解決策として商品を紹介します。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Shows how the product compares with the usual alternatives.</source>
        <translation>よくある代替品と比べて、商品の違いを見せます。</translation>
    </message>
    <message>
        <source>Creative/Innovative</source>
        <translation>クリエイティブ／革新的</translation>
    </message>
    <message>
        <source>Highlights what is new and inventive about the product.</source>
        <translation>商品の新しさや工夫を強調します。</translation>
    </message>
    <message>
        <source>Emotional Appeal</source>
        <translation>感情に訴える</translation>
    </message>
    <message>
        <source>Speaks to feelings: comfort, joy, confidence.</source>
        <translation>安心、喜び、自信といった気持ちに訴えかけます。</translation>
    </message>
    <message>
        <source>Immersive Storytelling</source>
        <translation>没入型ストーリー</translation>
    </message>
    <message>
        <source>Puts the viewer inside a scene where the product shines.</source>
        <translation>商品が輝くシーンの中に視聴者を引き込みます。</translation>
    </message>
    <message>
        <source>Storytime</source>
        <translation>ストーリータイム</translation>
    </message>
    <message>
        <source>A short, story-driven narration around the product.</source>
        <translation>商品を中心にした、短いストーリー仕立てのナレーションです。</translation>
    </message>
    <message>
        <source>Light marketing</source>
        <translation>ライトなマーケティング</translation>
    </message>
    <message>
        <source>Soft, friendly promotion without a hard sell.</source>
        <translation>押し売りせず、やさしく親しみやすく宣伝します。</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Young adult</source>
        <translation>若年層</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>大人</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>シニア</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>ビジネス</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>SNS 向け</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>若い</translation>
    </message>
    <message>
        <source>Middle aged</source>
        <translation>中年</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>年配</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Making this video uses {cost} from your JoggAI account (1 credit per started 2 minutes of video).</source>
        <translation>この動画の作成には JoggAI アカウントから {cost} を使います（動画 2 分ごとに 1 クレジット、端数は切り上げ）。</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>費用: {cost}</translation>
    </message>
</context>
<context>
    <name>CoverGrid</name>
    <message>
        <source>Preview of the selected item</source>
        <translation>選択した項目のプレビュー</translation>
    </message>
    <message>
        <source>Click an item to see it move.</source>
        <translation>項目をクリックすると動きを確認できます。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>申し訳ありません。Jogg Desktop で予期しない問題が発生しました。ここまでの作業は保存されています。繰り返し起こる場合は、下の詳細をコピーしてサポートに送ってください。API キーは含まれていません。</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%1… %n s</source>
        <translation>
            <numerusform>%1… %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPicker</name>
    <message>
        <source>Products from the History</source>
        <translation>履歴の商品</translation>
    </message>
    <message>
        <source>Products made before</source>
        <translation>以前に使った商品</translation>
    </message>
    <message>
        <source>Tick the products to make again (their pages are not read again):</source>
        <translation>もう一度使う商品にチェックを入れてください（ページは再読み込みされません）:</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Your videos</source>
        <translation>作成した動画</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>No videos yet. Videos you make will be listed here.</source>
        <translation>まだ動画はありません。作成した動画がここに表示されます。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the video in your usual video player</source>
        <translation>いつもの動画プレーヤーで開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>もう一度ダウンロード</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>作成時間 %1</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>動画のコピーを保存</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>コピーを %1 として保存しました</translation>
    </message>
    <message>
        <source>Checking the video in JoggAI…</source>
        <translation>JoggAI で動画を確認しています…</translation>
    </message>
    <message>
        <source>Downloaded again.</source>
        <translation>もう一度ダウンロードしました。</translation>
    </message>
    <message>
        <source>Delete from the list?</source>
        <translation>リストから削除しますか？</translation>
    </message>
    <message>
        <source>Remove “%1” from your videos? The saved video file is kept.</source>
        <translation>「%1」をリストから削除しますか？保存した動画ファイルは残ります。</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Welcome to Jogg Desktop</source>
        <translation>Jogg Desktop へようこそ</translation>
    </message>
    <message>
        <source>Turn a product page into a marketing video in a few clicks. To start, paste your JoggAI API key. You find it in the JoggAI app: click your avatar (top right), then &lt;b&gt;API&lt;/b&gt;, and copy the key.</source>
        <translation>商品ページから、数回のクリックでマーケティング動画を作成できます。まず JoggAI の API キーを貼り付けてください。キーは JoggAI アプリで、右上のアバターをクリックし、&lt;b&gt;API&lt;/b&gt; を開くとコピーできます。</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>ここに API キーを貼り付け</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>JoggAI の API キー</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>API キー(&amp;A)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>入力中のキーを表示</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>キーを確認して保存</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>キーを確認中</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>キーの状態</translation>
    </message>
    <message>
        <source>Forget the saved key</source>
        <translation>保存したキーを削除</translation>
    </message>
    <message>
        <source>Forget the saved API key</source>
        <translation>保存した API キーを削除</translation>
    </message>
    <message>
        <source>No key yet? Try the app with the built-in demo shop: nothing is charged.</source>
        <translation>キーをお持ちでない場合は、内蔵のデモショップでアプリを試せます。料金はかかりません。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>JoggAI でキーを確認しています…</translation>
    </message>
    <message>
        <source>Key accepted (%1).</source>
        <translation>キーが承認されました（%1）。</translation>
    </message>
    <message>
        <source>Key accepted.</source>
        <translation>キーが承認されました。</translation>
    </message>
    <message>
        <source>Your API key is forgotten: it is no longer saved on this computer. Paste it again to make videos.</source>
        <translation>API キーを削除しました。このコンピューターには保存されていません。動画を作るには、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed and nothing is saved.</source>
        <translation>デモを使用中です。キーは不要で、何も保存されません。</translation>
    </message>
    <message>
        <source>Your key is kept for this session only — you will need to paste it again next time.</source>
        <translation>キーはこのセッションの間だけ保持されます。次回はもう一度貼り付ける必要があります。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of the script and the voice. Type to search.</source>
        <translation>台本と音声の言語です。入力して検索できます。</translation>
    </message>
    <message>
        <source>Matching languages</source>
        <translation>一致する言語</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>言語を検索</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Paste the link of the product page you want a video for — your shop, Amazon, Shopify, Etsy… JoggAI reads the name, description and pictures from it.</source>
        <translation>動画を作りたい商品のページのリンクを貼り付けてください（自分のショップ、Amazon、Shopify、Etsy など）。JoggAI が商品名、説明、画像を読み取ります。</translation>
    </message>
    <message>
        <source>https://your-shop.com/products/…</source>
        <translation>https://your-shop.jp/products/…</translation>
    </message>
    <message>
        <source>Product page link</source>
        <translation>商品ページのリンク</translation>
    </message>
    <message>
        <source>Product page &amp;link</source>
        <translation>商品ページのリンク(&amp;L)</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Analyze the product page</source>
        <translation>商品ページを分析</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>リンクの問題</translation>
    </message>
    <message>
        <source>Enter the product details myself</source>
        <translation>商品情報を自分で入力</translation>
    </message>
    <message>
        <source>Demo shop products — click one to use it:</source>
        <translation>デモショップの商品（クリックして使用）:</translation>
    </message>
    <message>
        <source>No link, or the page cannot be read?</source>
        <translation>リンクがない、またはページを読み取れない場合</translation>
    </message>
    <message>
        <source>Many products? Make them all at once…</source>
        <translation>商品がたくさんありますか？まとめて作成できます…</translation>
    </message>
    <message>
        <source>Which product is the video for?</source>
        <translation>どの商品の動画を作りますか？</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>商品ページを読み取っています</translation>
    </message>
    <message>
        <source>This usually takes 10 to 30 seconds. Esc stops it.</source>
        <translation>通常 10～30 秒かかります。Esc で中止できます。</translation>
    </message>
    <message>
        <source>This is not a web page link. Copy the product page&apos;s address from your browser — for example https://your-shop.com/products/mug.</source>
        <translation>これは Web ページのリンクではありません。ブラウザーから商品ページのアドレスをコピーしてください（例: https://your-shop.jp/products/mug）。</translation>
    </message>
    <message>
        <source>Stopped. You can change the link and try again.</source>
        <translation>停止しました。リンクを変更して、もう一度試せます。</translation>
    </message>
    <message>
        <source>Please paste the link of a product page.</source>
        <translation>商品ページのリンクを貼り付けてください。</translation>
    </message>
    <message>
        <source>This does not look like a web address. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>Web アドレスではないようです。ブラウザーのアドレスバーからリンク全体をコピーしてください。</translation>
    </message>
    <message>
        <source>This link has no website name. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>このリンクにはサイト名がありません。ブラウザーのアドレスバーからリンク全体をコピーしてください。</translation>
    </message>
    <message>
        <source>This looks like a shop&apos;s front page or a list of products. JoggAI makes a video of one product: paste that product&apos;s own page for the best result.</source>
        <translation>ショップのトップページか商品一覧のようです。JoggAI は 1 つの商品の動画を作成します。最適な結果を得るには、その商品のページを貼り付けてください。</translation>
    </message>
    <message>
        <source>Use the demo product %1</source>
        <translation>デモ商品 %1 を使う</translation>
    </message>
</context>
<context>
    <name>LookChooser</name>
    <message>
        <source>Visual style</source>
        <translation>ビジュアルスタイル</translation>
    </message>
    <message>
        <source>Use a visual style</source>
        <translation>ビジュアルスタイルを使う</translation>
    </message>
    <message>
        <source>JoggAI lays out your product and the avatar in a ready-made style.</source>
        <translation>JoggAI が商品とアバターを既成のスタイルで配置します。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>テンプレートを使う</translation>
    </message>
    <message>
        <source>Use a template from JoggAI&apos;s library or one you made.</source>
        <translation>JoggAI ライブラリのテンプレートか、自分で作ったテンプレートを使います。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート一覧</translation>
    </message>
    <message>
        <source>JoggAI arranges your product images and the avatar in this style.</source>
        <translation>JoggAI が商品画像とアバターをこのスタイルで配置します。</translation>
    </message>
    <message>
        <source>Pick a template: its layout is used instead of a visual style.</source>
        <translation>テンプレートを選択すると、ビジュアルスタイルの代わりにそのレイアウトが使われます。</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>テンプレート {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分用</translation>
    </message>
    <message>
        <source>No template for this aspect ratio.</source>
        <translation>この縦横比のテンプレートはありません。</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Product pictures and videos</source>
        <translation>商品の画像と動画</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it.</source>
        <translation>ドラッグで並べ替え、Ctrl+← / Ctrl+→ で選択した項目を移動、Delete で削除します。</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>アップロード中… %1%</translation>
    </message>
    <message>
        <source>Link doesn&apos;t load</source>
        <translation>リンクを読み込めません</translation>
    </message>
    <message>
        <source>Nothing could be loaded from this link. Remove it, or add a working one.</source>
        <translation>このリンクからは何も読み込めませんでした。削除するか、有効なリンクを追加してください。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>アップロード中…</translation>
    </message>
</context>
<context>
    <name>MusicList</name>
    <message>
        <source>Background music</source>
        <translation>BGM</translation>
    </message>
    <message>
        <source>No music</source>
        <translation>音楽なし</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分用</translation>
    </message>
    <message>
        <source>Track {id}</source>
        <translation>曲 {id}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Jogg Desktop</source>
        <translation>Jogg Desktop を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>動画が完成しました</translation>
    </message>
    <message>
        <source>“%1” is ready to watch and save.</source>
        <translation>「%1」を視聴・保存できます。</translation>
    </message>
    <message>
        <source>Your video could not be made</source>
        <translation>動画を作成できませんでした</translation>
    </message>
    <message>
        <source>“%1” failed. Open Jogg Desktop to see why and what to do.</source>
        <translation>「%1」の作成に失敗しました。Jogg Desktop を開いて、原因と対処方法を確認してください。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Jogg Desktop is still working</source>
        <translation>Jogg Desktop は処理を続けています</translation>
    </message>
    <message>
        <source>Your videos are still being made. Jogg Desktop tells you when they are ready; use its icon here to show it again or to quit.</source>
        <translation>動画の作成は続いています。完成したら Jogg Desktop がお知らせします。ここのアイコンから、ウィンドウの再表示や終了ができます。</translation>
    </message>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation>
            <numerusform>Jogg Desktop — %n 本の動画を作成中</numerusform>
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
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PlayableList</name>
    <message>
        <source>Press Space to hear a sample of the selected row.</source>
        <translation>スペースキーを押すと、選択した行のサンプルを再生します。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Folder for new videos</source>
        <translation>新しい動画の保存先フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the folder for new videos</source>
        <translation>新しい動画の保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Save new videos in</source>
        <translation>新しい動画の保存先</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Jogg Desktop.</source>
        <translation>新しい言語は、次回 Jogg Desktop を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation>動画の完成時や失敗時に通知する</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>JoggAI の API キー</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>キーを確認</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>キーを変更…</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Where Jogg Desktop keeps its files</source>
        <translation>Jogg Desktop のファイルの保存場所</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Videos list and data</source>
        <translation>動画リストとデータ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the folder: %1</source>
        <translation>フォルダーを開く: %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>JoggAI API generation</source>
        <translation>JoggAI API の世代</translation>
    </message>
    <message>
        <source>Current (v2, recommended)</source>
        <translation>最新（v2、推奨）</translation>
    </message>
    <message>
        <source>Previous (v1)</source>
        <translation>以前（v1）</translation>
    </message>
    <message>
        <source>Which generation of JoggAI&apos;s API new videos use. Keep the current one unless JoggAI support asks otherwise.</source>
        <translation>新しい動画で使う JoggAI API の世代です。JoggAI サポートから指示がない限り、最新のままにしてください。</translation>
    </message>
    <message>
        <source>JoggAI API</source>
        <translation>JoggAI API</translation>
    </message>
    <message>
        <source>No file manager opened it: the folder&apos;s path is copied, paste it into your file manager.</source>
        <translation>ファイルマネージャーで開けなかったため、フォルダーのパスをコピーしました。ファイルマネージャーに貼り付けてください。</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed.</source>
        <translation>デモを使用中です。キーは不要です。</translation>
    </message>
    <message>
        <source>A key is set up.</source>
        <translation>キーは設定済みです。</translation>
    </message>
    <message>
        <source>No key is set up yet.</source>
        <translation>キーはまだ設定されていません。</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>JoggAI でキーを確認しています…</translation>
    </message>
    <message>
        <source>Your key works (account: %1).</source>
        <translation>キーは有効です（アカウント: %1）。</translation>
    </message>
    <message>
        <source>Your key works.</source>
        <translation>キーは有効です。</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Saved settings:</source>
        <translation>保存した設定:</translation>
    </message>
    <message>
        <source>Saved settings</source>
        <translation>保存した設定</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>まだ保存されていません</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Save these settings…</source>
        <translation>この設定を保存…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>This name is already taken by other saved settings. Choose another name.</source>
        <translation>この名前はほかの保存済み設定で使われています。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>この設定を保存</translation>
    </message>
    <message>
        <source>A name for these settings (e.g. “Summer sale, portrait”):</source>
        <translation>この設定の名前（例:「夏のセール・縦型」）:</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Replace saved settings?</source>
        <translation>保存した設定を置き換えますか？</translation>
    </message>
    <message>
        <source>There are saved settings called “%1” already. Replace them with these settings?</source>
        <translation>「%1」という名前の保存済み設定がすでにあります。この設定で置き換えますか？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>別の名前を選ぶ</translation>
    </message>
    <message>
        <source>Rename saved settings</source>
        <translation>保存した設定の名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Delete saved settings?</source>
        <translation>保存した設定を削除しますか？</translation>
    </message>
    <message>
        <source>Delete the saved settings “%1”? Your videos are not affected.</source>
        <translation>保存した設定「%1」を削除しますか？作成した動画には影響しません。</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <source>e.g. Ceramic coffee mug, 350 ml</source>
        <translation>例: 陶器のコーヒーマグ 350 ml</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>商品説明</translation>
    </message>
    <message>
        <source>What it is, what it does, why people love it</source>
        <translation>どんな商品か、何ができるか、なぜ人気なのか</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>ターゲット層</translation>
    </message>
    <message>
        <source>e.g. coffee lovers who work from home</source>
        <translation>例: 在宅勤務のコーヒー好き</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>説明(&amp;D)</translation>
    </message>
    <message>
        <source>Target &amp;audience</source>
        <translation>ターゲット層(&amp;A)</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>画像と動画</translation>
    </message>
    <message>
        <source>Description of the selected picture or video</source>
        <translation>選択した画像または動画の説明</translation>
    </message>
    <message>
        <source>Describe the selected picture or video (optional, helps JoggAI use it well)</source>
        <translation>選択した画像または動画の説明（任意。JoggAI がうまく使う助けになります）</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add pictures or videos from this computer</source>
        <translation>このコンピューターから画像や動画を追加</translation>
    </message>
    <message>
        <source>Link to a picture or video</source>
        <translation>画像または動画へのリンク</translation>
    </message>
    <message>
        <source>https://… link to a picture or video</source>
        <translation>https://… 画像または動画へのリンク</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>リンクを追加</translation>
    </message>
    <message>
        <source>Add the picture or video at this link</source>
        <translation>このリンクの画像または動画を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected picture or video</source>
        <translation>選択した画像または動画を削除</translation>
    </message>
    <message>
        <source>Move the selected item earlier</source>
        <translation>選択した項目を前へ移動</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+Left)</source>
        <translation>前へ移動（Ctrl+←）</translation>
    </message>
    <message>
        <source>Move the selected item later</source>
        <translation>選択した項目を後ろへ移動</translation>
    </message>
    <message>
        <source>Move later (Ctrl+Right)</source>
        <translation>後ろへ移動（Ctrl+→）</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>アップロードの状態</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo: put the removed item back</source>
        <translation>元に戻す: 削除した項目を戻す</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>元に戻す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Remove links that don&apos;t load</source>
        <translation>読み込めないリンクを削除</translation>
    </message>
    <message>
        <source>Remove every link that doesn&apos;t load</source>
        <translation>読み込めないリンクをすべて削除</translation>
    </message>
    <message>
        <source>Drag to reorder (the first ones matter most), or drop files here.</source>
        <translation>ドラッグで並べ替え（先頭ほど重視されます）、またはここにファイルをドロップ。</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>まだ足りないもの</translation>
    </message>
    <message>
        <source>Tell us about your product</source>
        <translation>商品について教えてください</translation>
    </message>
    <message>
        <source>Check the product details</source>
        <translation>商品情報を確認</translation>
    </message>
    <message>
        <source>Add the product&apos;s name.</source>
        <translation>商品名を入力してください。</translation>
    </message>
    <message>
        <source>Add a short description: JoggAI writes the video&apos;s script from it.</source>
        <translation>短い説明を追加してください。JoggAI はそこから動画の台本を書きます。</translation>
    </message>
    <message>
        <source>Add at least one picture or video of the product.</source>
        <translation>商品の画像または動画を 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name and a short description, and add a few pictures.</source>
        <translation>商品名と短い説明を入力し、画像をいくつか追加してください。</translation>
    </message>
    <message>
        <source>This is what JoggAI found on the page. Fix anything that is wrong, and choose the pictures and videos for the video.</source>
        <translation>JoggAI がページから見つけた内容です。間違いがあれば直して、動画に使う画像と動画を選んでください。</translation>
    </message>
    <message>
        <source>JoggAI found no pictures on this page. If it is a shop&apos;s front page or a list of products, go back and paste one product&apos;s own page; or add pictures below.</source>
        <translation>このページで JoggAI は画像を見つけられませんでした。ショップのトップページや商品一覧の場合は、前に戻って個別の商品ページを貼り付けるか、下で画像を追加してください。</translation>
    </message>
    <message>
        <source>Saving the product details…</source>
        <translation>商品情報を保存しています…</translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation>画像や動画を追加</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>画像と動画（%1）</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>追加されませんでした: %1</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes videos up to %2 MB).</source>
        <translation>「%1」は大きすぎます（JoggAI で使える動画は %2 MB までです）。</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes pictures up to %2 MB).</source>
        <translation>「%1」は大きすぎます（JoggAI で使える画像は %2 MB までです）。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>「%1」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPG, PNG, WebP, GIF) or video (MP4, WebM, MOV).</source>
        <translation>「%1」は画像（JPG、PNG、WebP、GIF）でも動画（MP4、WebM、MOV）でもありません。</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded. %2</source>
        <translation>「%1」をアップロードできませんでした。%2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルをアップロード中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) don&apos;t load: JoggAI could not use them either.</source>
        <translation>
            <numerusform>%n 件のリンクを読み込めません。JoggAI でも使用できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>the item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Paste the whole link of a picture or video, e.g. https://your-shop.com/mug.jpg.</source>
        <translation>画像または動画のリンク全体を貼り付けてください（例: https://your-shop.jp/mug.jpg）。</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存して続ける</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>You can close this window: JoggAI keeps making your video, and the app picks it up again the next time you open it.</source>
        <translation>このウィンドウを閉じても大丈夫です。JoggAI は動画の作成を続け、次にアプリを開いたときに受け取ります。</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <source>Back to the video settings</source>
        <translation>動画の設定に戻る</translation>
    </message>
    <message>
        <source>Start another video</source>
        <translation>別の動画を始める</translation>
    </message>
    <message>
        <source>Start another video while this one is made</source>
        <translation>この動画の作成中に別の動画を始める</translation>
    </message>
    <message>
        <source>Your video is ready!</source>
        <translation>動画が完成しました！</translation>
    </message>
    <message>
        <source>Save video…</source>
        <translation>動画を保存…</translation>
    </message>
    <message>
        <source>Save the video to a file</source>
        <translation>動画をファイルに保存</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>保存の進行状況</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>動画のあるフォルダーを開く</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy the video&apos;s link</source>
        <translation>動画のリンクをコピー</translation>
    </message>
    <message>
        <source>Make another video</source>
        <translation>別の動画を作る</translation>
    </message>
    <message>
        <source>Make another video with the same settings</source>
        <translation>同じ設定で別の動画を作る</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>完成した動画</translation>
    </message>
    <message>
        <source>Did JoggAI start your video?</source>
        <translation>JoggAI は動画の作成を開始しましたか？</translation>
    </message>
    <message>
        <source>Your video was not made</source>
        <translation>動画は作成されませんでした</translation>
    </message>
    <message>
        <source>Video cancelled</source>
        <translation>動画はキャンセルされました</translation>
    </message>
    <message>
        <source>Making your video</source>
        <translation>動画を作成中</translation>
    </message>
    <message>
        <source>Watch it here, save a copy where you like, or make another one.</source>
        <translation>ここで再生したり、好きな場所にコピーを保存したり、別の動画を作ったりできます。</translation>
    </message>
    <message>
        <source>JoggAI makes your video on its own computers; this page shows how far it is.</source>
        <translation>JoggAI は自社のサーバーで動画を作成します。このページで進み具合を確認できます。</translation>
    </message>
    <message>
        <source>This video was cancelled. Nothing more happens with it.</source>
        <translation>この動画はキャンセルされました。これ以上の処理は行われません。</translation>
    </message>
    <message>
        <source>JoggAI made your video; only getting it to this computer failed.</source>
        <translation>JoggAI は動画を作成しましたが、このコンピューターへのダウンロードだけが失敗しました。</translation>
    </message>
    <message>
        <source>There is no product to make a video of yet. Go back and choose one.</source>
        <translation>動画にする商品がまだありません。前に戻って選んでください。</translation>
    </message>
    <message>
        <source>The app could not open its list of videos, so it cannot make one now. Please restart the app.</source>
        <translation>アプリが動画リストを開けなかったため、今は動画を作成できません。アプリを再起動してください。</translation>
    </message>
    <message>
        <source>Sending your video request to JoggAI…</source>
        <translation>JoggAI に動画のリクエストを送信しています…</translation>
    </message>
    <message>
        <source>Downloading your video… %1</source>
        <translation>動画をダウンロードしています… %1</translation>
    </message>
    <message>
        <source>Trying again uses {cost}.</source>
        <translation>もう一度試すと {cost} を使います。</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>動画ファイル</translation>
    </message>
    <message>
        <source>Creating your video…</source>
        <translation>動画を作成しています…</translation>
    </message>
    <message>
        <source>Your video is ready. Getting it…</source>
        <translation>動画が完成しました。受け取っています…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue…</source>
        <translation>JoggAI の順番待ちです…</translation>
    </message>
    <message>
        <source>Downloading your video…</source>
        <translation>動画をダウンロードしています…</translation>
    </message>
    <message>
        <source>Downloading your video… {p}%</source>
        <translation>動画をダウンロードしています… {p}%</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>{name} として保存しました</translation>
    </message>
    <message>
        <source>Downloaded as {name}</source>
        <translation>{name} としてダウンロードしました</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>動画を保存</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 動画 (*.mp4)</translation>
    </message>
    <message>
        <source>Video saved to {path}</source>
        <translation>動画を {path} に保存しました</translation>
    </message>
    <message>
        <source>The video&apos;s link is copied. Paste it anywhere.</source>
        <translation>動画のリンクをコピーしました。どこにでも貼り付けられます。</translation>
    </message>
    <message>
        <source>Time so far: {elapsed} — videos usually take 1 to 10 minutes.</source>
        <translation>経過時間: {elapsed} — 動画の作成には通常 1～10 分かかります。</translation>
    </message>
</context>
<context>
    <name>ScriptStyleList</name>
    <message>
        <source>Script style</source>
        <translation>台本のスタイル</translation>
    </message>
</context>
<context>
    <name>ScriptSuggester</name>
    <message>
        <source>Suggest a script…</source>
        <translation>台本を提案してもらう…</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for this product in several styles (%1 credit each time you ask).</source>
        <translation>JoggAI がこの商品の台本を複数のスタイルで書きます（依頼ごとに %1 クレジット）。</translation>
    </message>
    <message>
        <source>For “%1”, in %2, for a video of %3.</source>
        <translation>「%1」用、%2、%3 の動画向け。</translation>
    </message>
    <message>
        <source>your product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Enter the product&apos;s details first.</source>
        <translation>先に商品の情報を入力してください。</translation>
    </message>
    <message>
        <source>Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again (free)” shows them when they are ready.</source>
        <translation>待機をやめました。JoggAI は依頼された台本を書き続けています。「もう一度見る（無料）」で、できあがった台本を表示できます。</translation>
    </message>
    <message>
        <source>Stopped waiting. If JoggAI had the request already, its %1 credit is used.</source>
        <translation>待機をやめました。JoggAI が依頼をすでに受け取っていた場合、%1 クレジットは使用済みです。</translation>
    </message>
    <message>
        <source>Replace your script?</source>
        <translation>台本を置き換えますか？</translation>
    </message>
    <message>
        <source>Your script box already has text. Replace it with this suggestion? (Ctrl+Z in the box brings your text back.)</source>
        <translation>台本欄にはすでに文章があります。この提案で置き換えますか？（欄内で Ctrl+Z を押すと元の文章に戻せます。）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Keep my script</source>
        <translation>自分の台本を残す</translation>
    </message>
</context>
<context>
    <name>ScriptSuggestionsDialog</name>
    <message>
        <source>Suggest a script</source>
        <translation>台本の提案</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for your product in several styles. Pick one to put it in your script box, where you can still change it.</source>
        <translation>JoggAI が商品の台本を複数のスタイルで書きます。1 つ選ぶと台本欄に入り、そこで自由に変更できます。</translation>
    </message>
    <message>
        <source>Note: JoggAI may still rewrite the narration of a product video, even when you give it a script.</source>
        <translation>注意：台本を渡しても、JoggAI が商品動画のナレーションを書き換えることがあります。</translation>
    </message>
    <message>
        <source>Ask again (%1 credit)</source>
        <translation>もう一度依頼（%1 クレジット）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Each time you ask, JoggAI charges %1 credit.</source>
        <translation>依頼するたびに JoggAI は %1 クレジットを請求します。</translation>
    </message>
    <message>
        <source>Ask JoggAI (%1 credit)</source>
        <translation>JoggAI に依頼（%1 クレジット）</translation>
    </message>
    <message>
        <source>Look again (free)</source>
        <translation>もう一度見る（無料）</translation>
    </message>
    <message>
        <source>Shows the scripts you already asked for, once JoggAI has written them. Nothing is charged.</source>
        <translation>すでに依頼した台本を、JoggAI が書き終えたら表示します。料金はかかりません。</translation>
    </message>
    <message>
        <source>JoggAI is writing scripts for your product… This usually takes less than a minute.</source>
        <translation>JoggAI が商品の台本を書いています… 通常 1 分もかかりません。</translation>
    </message>
    <message>
        <source>Waiting for JoggAI</source>
        <translation>JoggAI を待っています</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待つのをやめる</translation>
    </message>
    <message>
        <source>Stopping does not give back the %1 credit: JoggAI has the request already.</source>
        <translation>やめても %1 クレジットは戻りません。JoggAI はすでに依頼を受け取っています。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>長さ:</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>長さ: %1</translation>
    </message>
    <message>
        <source>Video name</source>
        <translation>動画名</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Your own script</source>
        <translation>自分で書いた台本</translation>
    </message>
    <message>
        <source>Leave empty and JoggAI writes the script from your product details.</source>
        <translation>空欄にすると、JoggAI が商品情報から台本を書きます。</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>アバター</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>(JoggAI&apos;s videos often run a few seconds longer)</source>
        <translation>（JoggAI の動画は数秒長くなることがよくあります）</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>変更…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>台本</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音楽</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>見た目</translation>
    </message>
    <message>
        <source>Show captions</source>
        <translation>字幕を表示</translation>
    </message>
    <message>
        <source>Subtitles in the video: the script as text on screen</source>
        <translation>動画の字幕: 台本を画面上に文字で表示します</translation>
    </message>
    <message>
        <source>Optional: a name to find this video by in JoggAI</source>
        <translation>任意: JoggAI でこの動画を探すときの名前</translation>
    </message>
    <message>
        <source>&amp;Language of the script and the voice:</source>
        <translation>台本と音声の言語(&amp;L):</translation>
    </message>
    <message>
        <source>Script &amp;style:</source>
        <translation>台本のスタイル(&amp;S):</translation>
    </message>
    <message>
        <source>Your &amp;own script for this product (optional; JoggAI may shorten it to fit the length):</source>
        <translation>この商品用に自分で書いた台本(&amp;O)（任意。長さに合わせて JoggAI が短くすることがあります）:</translation>
    </message>
    <message>
        <source>How the video speaks: its language, its style, or your own words.</source>
        <translation>動画の話し方: 言語、スタイル、または自分で書いた文章。</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>アバターを選ぶ</translation>
    </message>
    <message>
        <source>The presenter of your video. Click one to see it move; filters narrow the list.</source>
        <translation>動画のプレゼンターです。クリックすると動きを確認でき、フィルターで一覧を絞り込めます。</translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation>音声を選ぶ</translation>
    </message>
    <message>
        <source>Voices for the script&apos;s language. Press Space or a row&apos;s play button to hear one.</source>
        <translation>台本の言語の音声です。スペースキーか各行の再生ボタンで試聴できます。</translation>
    </message>
    <message>
        <source>Choose background music</source>
        <translation>BGM を選ぶ</translation>
    </message>
    <message>
        <source>Press Space or a row&apos;s play button to hear a track.</source>
        <translation>スペースキーか各行の再生ボタンで曲を試聴できます。</translation>
    </message>
    <message>
        <source>Choose the look</source>
        <translation>見た目を選ぶ</translation>
    </message>
    <message>
        <source>A visual style for this format, or one of your templates.</source>
        <translation>この形式のビジュアルスタイル、または自分のテンプレート。</translation>
    </message>
    <message>
        <source>This sample could not be played.</source>
        <translation>このサンプルを再生できませんでした。</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>動画の設定</translation>
    </message>
    <message>
        <source>Choose how your video looks and sounds. You can see the cost before you start.</source>
        <translation>動画の見た目と音を選びます。開始前に費用を確認できます。</translation>
    </message>
    <message>
        <source>Make video ({cost})</source>
        <translation>動画を作成（{cost}）</translation>
    </message>
    <message>
        <source>Pick an avatar to present your product.</source>
        <translation>商品を紹介するアバターを選んでください。</translation>
    </message>
    <message>
        <source>Pick a template, or choose a visual style instead.</source>
        <translation>テンプレートを選ぶか、代わりにビジュアルスタイルを選んでください。</translation>
    </message>
    <message>
        <source>{old} has no {format} version: {new} is chosen instead.</source>
        <translation>{old} には {format} 版がないため、代わりに {new} を選びました。</translation>
    </message>
    <message>
        <source>JoggAI chooses a voice that matches the avatar</source>
        <translation>アバターに合う音声を JoggAI が選びます</translation>
    </message>
    <message>
        <source>Your own script: “{start}”</source>
        <translation>自分で書いた台本:「{start}」</translation>
    </message>
    <message>
        <source>No avatar chosen yet</source>
        <translation>アバターがまだ選ばれていません</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>アバター {id}</translation>
    </message>
    <message>
        <source>Visual style: {title}</source>
        <translation>ビジュアルスタイル: {title}</translation>
    </message>
    <message>
        <source>Template: {name}</source>
        <translation>テンプレート: {name}</translation>
    </message>
    <message>
        <source>No template for this format yet: pick one or a visual style</source>
        <translation>この形式のテンプレートはまだありません。テンプレートかビジュアルスタイルを選んでください</translation>
    </message>
    <message>
        <source>Loading avatars…</source>
        <translation>アバターを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading music…</source>
        <translation>音楽を読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading visual styles and templates…</source>
        <translation>ビジュアルスタイルとテンプレートを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>音声を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not load this list. Use “Try again” above.</source>
        <translation>このリストを読み込めませんでした。上の「もう一度試す」を使ってください。</translation>
    </message>
    <message>
        <source>Your own {what} could not be loaded; the JoggAI library is shown.</source>
        <translation>自分の{what}を読み込めなかったため、JoggAI ライブラリを表示しています。</translation>
    </message>
    <message>
        <source>avatars</source>
        <translation>アバター</translation>
    </message>
    <message>
        <source>No voices for this language: JoggAI will choose one.</source>
        <translation>この言語の音声がありません。JoggAI が選びます。</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>music</source>
        <translation>音楽</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>テンプレート</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Visual styles</source>
        <translation>ビジュアルスタイル一覧</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Script</source>
        <translation>台本</translation>
    </message>
    <message>
        <source>Suggested script in the style %1</source>
        <translation>スタイル「%1」の台本の提案</translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation>この台本を使う</translation>
    </message>
    <message>
        <source>Use the %1 script</source>
        <translation>「%1」の台本を使う</translation>
    </message>
</context>
<context>
    <name>VariantsGrid</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>アバター</translation>
    </message>
    <message>
        <source>avatar ids, e.g. 81, 412 (custom:7 for your own)</source>
        <translation>アバター ID（例: 81, 412。自分のアバターは custom:7）</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>voice ids, e.g. en-US-JennyNeural</source>
        <translation>音声 ID（例: en-US-JennyNeural）</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>見た目</translation>
    </message>
    <message>
        <source>e.g. style:Split, template:12</source>
        <translation>例: style:Split, template:12</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>長さ</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Video player</source>
        <translation>動画プレーヤー</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>再生（スペース）</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>動画の再生位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>No sound device found: the video plays without sound.</source>
        <translation>サウンドデバイスが見つかりません。動画は音声なしで再生されます。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>一時停止（スペース）</translation>
    </message>
</context>
<context>
    <name>VoiceList</name>
    <message>
        <source>Voice gender</source>
        <translation>音声の性別</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>性別を問わない</translation>
    </message>
    <message>
        <source>Voice age</source>
        <translation>音声の年齢</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>年齢を問わない</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Let JoggAI choose a voice</source>
        <translation>音声を JoggAI に任せる</translation>
    </message>
    <message>
        <source>matches the avatar</source>
        <translation>アバターに合う</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分用</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>No web browser could be opened from here. The address is copied: paste it into your browser: {url}</source>
        <translation>ここから Web ブラウザーを開けませんでした。アドレスをコピーしたので、ブラウザーに貼り付けてください: {url}</translation>
    </message>
    <message>
        <source>No file manager could be opened from here. The folder&apos;s path is copied: {path}</source>
        <translation>ここからファイルマネージャーを開けませんでした。フォルダーのパスをコピーしました: {path}</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Product link</source>
        <translation>商品リンク</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>商品情報</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>動画の設定</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>完成した動画</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>ページタイトル</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Demo mode: a built-in simulator, nothing is charged.</source>
        <translation>デモモード: 内蔵シミュレーターを使用。料金はかかりません。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Forget your API key?</source>
        <translation>API キーを削除しますか？</translation>
    </message>
    <message>
        <source>The app forgets your JoggAI API key and removes it from this computer. To make videos again you paste it again (in JoggAI: your avatar → API).</source>
        <translation>JoggAI の API キーをアプリから削除し、このコンピューターからも消去します。再び動画を作るには、もう一度キーを貼り付けてください（JoggAI: アバター → API）。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>削除しない</translation>
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
        <translation>API キーを変更…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>API キーを削除</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>デモ — %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>Make many videos…</source>
        <translation>動画を一括作成…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>診断情報をコピー</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>環境設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Your videos appear here once your API key is set up.</source>
        <translation>API キーを設定すると、ここに動画が表示されます。</translation>
    </message>
    <message>
        <source>Set up your API key first, then make many videos at once.</source>
        <translation>先に API キーを設定すると、動画をまとめて作成できます。</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no API key.</source>
        <translation>診断情報をコピーしました。API キーは含まれていません。</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Play sample of {name}</source>
        <translation>{name} のサンプルを再生</translation>
    </message>
    <message>
        <source>Play a sample (Space)</source>
        <translation>サンプルを再生（スペース）</translation>
    </message>
    <message>
        <source>Stop sample of {name}</source>
        <translation>{name} のサンプルを停止</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>portrait</source>
        <translation>縦型</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横型</translation>
    </message>
    <message>
        <source>square</source>
        <translation>正方形</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>JoggAI API version (advanced)</source>
        <translation>JoggAI API のバージョン（詳細設定）</translation>
    </message>
    <message>
        <source>v2 — JoggAI&apos;s current API (recommended)</source>
        <translation>v2 — JoggAI の現在の API（推奨）</translation>
    </message>
    <message>
        <source>v1 — the older API (templates, 16 script styles)</source>
        <translation>v1 — 以前の API（テンプレート、16 種類の台本スタイル）</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>JoggAI asked us to slow down — trying again now…</source>
        <translation>JoggAI から速度を落とすよう求められました — 今すぐ再試行しています…</translation>
    </message>
    <message>
        <source>JoggAI asked us to slow down — waiting {n} s before the next try.</source>
        <translation>JoggAI から速度を落とすよう求められました — 次の試行まで {n} 秒待っています。</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — trying again now…</source>
        <translation>JoggAI に接続できません — 今すぐ再試行しています…</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — still trying (next try in {n} s).</source>
        <translation>JoggAI に接続できません — 再試行します（次の試行まで {n} 秒）。</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — trying again now…</source>
        <translation>JoggAI で問題が発生しています — 今すぐ再試行しています…</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — still trying (next try in {n} s).</source>
        <translation>JoggAI で問題が発生しています — 再試行します（次の試行まで {n} 秒）。</translation>
    </message>
</context>
</TS>
