<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Picking up %n video(s) from last time.</source>
        <translation>
            <numerusform>正在继续处理上次的 %n 个视频。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video request(s) could not be confirmed when the app stopped: check your videos in JoggAI before trying again.</source>
        <translation>
            <numerusform>应用关闭时，有 %n 个视频请求未能确认：重试之前，请先在 JoggAI 中查看你的视频。</numerusform>
        </translation>
    </message>
    <message>
        <source>The History window shows how they are doing.</source>
        <translation>可在“历史记录”窗口查看进度。</translation>
    </message>
    <message>
        <source>The videos from last time are finished: see History.</source>
        <translation>上次的视频已完成：请查看历史记录。</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>正在启动演示…</translation>
    </message>
    <message>
        <source>The demo did not start in time. Please try again.</source>
        <comment>Demo</comment>
        <translation>演示未能及时启动，请重试。</translation>
    </message>
    <message>
        <source>The demo stopped unexpectedly. Please try again.</source>
        <comment>Demo</comment>
        <translation>演示意外停止，请重试。</translation>
    </message>
    <message>
        <source>The demo could not be started. Please try again.</source>
        <comment>Demo</comment>
        <translation>演示无法启动，请重试。</translation>
    </message>
    <message>
        <source>JoggAI did not accept your API key. Check that you copied the whole key from JoggAI (your avatar → API).</source>
        <translation>JoggAI 未接受你的 API 密钥。请确认已从 JoggAI 复制完整的密钥（你的头像 → API）。</translation>
    </message>
    <message>
        <source>Your JoggAI account has run out of credits. Add credits in JoggAI, then try again.</source>
        <translation>你的 JoggAI 账户积分已用完。请在 JoggAI 中充值积分后重试。</translation>
    </message>
    <message>
        <source>Your JoggAI plan does not include this feature through the API. Upgrade your plan in JoggAI, or contact JoggAI support.</source>
        <translation>你的 JoggAI 套餐不支持通过 API 使用此功能。请在 JoggAI 中升级套餐，或联系 JoggAI 客服。</translation>
    </message>
    <message>
        <source>JoggAI could not find this item any more. Please start again.</source>
        <translation>JoggAI 已找不到此项目，请重新开始。</translation>
    </message>
    <message>
        <source>JoggAI did not accept some of the details. Please check them and try again.</source>
        <translation>JoggAI 未接受部分信息，请检查后重试。</translation>
    </message>
    <message>
        <source>JoggAI is busy with your earlier requests. Please wait a moment and try again.</source>
        <translation>JoggAI 仍在处理你之前的请求，请稍等片刻后重试。</translation>
    </message>
    <message>
        <source>JoggAI is having a problem right now. Please try again in a few minutes.</source>
        <translation>JoggAI 目前出现问题，请过几分钟再试。</translation>
    </message>
    <message>
        <source>Could not reach JoggAI. Check your internet connection and try again.</source>
        <translation>无法连接 JoggAI。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>JoggAI took too long to answer. Please try again.</source>
        <translation>JoggAI 响应超时，请重试。</translation>
    </message>
    <message>
        <source>JoggAI sent an answer the app could not understand. Please try again later.</source>
        <translation>JoggAI 返回了应用无法识别的结果，请稍后重试。</translation>
    </message>
    <message>
        <source>JoggAI could not read the product details from this page. Check the link, or enter the product details yourself.</source>
        <translation>JoggAI 无法从此页面读取商品信息。请检查链接，或自己填写商品信息。</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI started your video. It may already be rendering and may have used credits. Check your videos in JoggAI before trying again.</source>
        <translation>无法确认 JoggAI 是否已开始制作你的视频。它可能已在生成，并可能已消耗积分。重试之前，请先在 JoggAI 中查看你的视频。</translation>
    </message>
    <message>
        <source>JoggAI could not make this video. Try different images or settings.</source>
        <translation>JoggAI 无法制作此视频。请换一些图片或设置再试。</translation>
    </message>
    <message>
        <source>We could not confirm whether JoggAI wrote the script suggestions. It may have used 0.2 credit. You can ask again: that costs another 0.2 credit.</source>
        <translation>无法确认 JoggAI 是否已写出脚本建议。可能已用掉 0.2 积分。您可以再次请求：这会再花 0.2 积分。</translation>
    </message>
    <message>
        <source>JoggAI could not write script suggestions for this product. Try again, or write the script yourself.</source>
        <translation>JoggAI 无法为此商品写出脚本建议。请重试，或自己编写脚本。</translation>
    </message>
    <message>
        <source>JoggAI is taking much longer than usual to write the script suggestions. Try again later, or write the script yourself.</source>
        <translation>JoggAI 写脚本建议的时间比平时长得多。请稍后重试，或自己编写脚本。</translation>
    </message>
    <message>
        <source>This video was deleted in JoggAI.</source>
        <translation>此视频已在 JoggAI 中删除。</translation>
    </message>
    <message>
        <source>This video is taking much longer than usual. It may still finish: check again later, or contact JoggAI support.</source>
        <translation>此视频耗时远超平常。它仍可能完成：请稍后再查看，或联系 JoggAI 客服。</translation>
    </message>
    <message>
        <source>The finished video could not be downloaded from JoggAI. It is kept there: try again later (nothing is charged again).</source>
        <translation>无法从 JoggAI 下载制作好的视频。视频仍保存在 JoggAI：请稍后重试（不会重复扣费）。</translation>
    </message>
    <message>
        <source>JoggAI did not accept the file upload. Please try again.</source>
        <translation>JoggAI 未接受文件上传，请重试。</translation>
    </message>
    <message>
        <source>The secure connection to JoggAI could not be verified. If your company network checks secure traffic, ask your IT team to install its certificate on this computer; also check the computer&apos;s date and time.</source>
        <translation>无法验证与 JoggAI 的安全连接。如果你公司的网络会检查加密流量，请让 IT 部门在这台电脑上安装其证书；同时请检查电脑的日期和时间。</translation>
    </message>
    <message>
        <source>The API address must start with https:// (only an address on this computer may use http://): otherwise your API key would travel unprotected.</source>
        <translation>API 地址必须以 https:// 开头（只有本机地址可以使用 http://），否则你的 API 密钥将在未加密的情况下传输。</translation>
    </message>
    <message>
        <source>The app cannot save videos in %1. Choose another folder, or fix its permissions. Nothing was charged.</source>
        <translation>应用无法将视频保存到 %1。请选择其他文件夹，或修改其权限。未产生任何费用。</translation>
    </message>
    <message>
        <source>The disk with %1 is nearly full. Free some space or choose another folder. Nothing was charged.</source>
        <translation>%1 所在的磁盘快满了。请释放空间或选择其他文件夹。未产生任何费用。</translation>
    </message>
    <message>
        <source>The video could not be saved in %1. It is kept in JoggAI: choose another folder and download it again (nothing is charged again).</source>
        <translation>视频无法保存到 %1。它仍保存在 JoggAI：请选择其他文件夹并重新下载（不会重复扣费）。</translation>
    </message>
    <message>
        <source>The disk is full, so the video could not be saved in %1. Free some space (or choose another folder), then download it again: nothing is charged again.</source>
        <translation>磁盘已满，视频无法保存到 %1。请释放空间（或选择其他文件夹），然后重新下载：不会重复扣费。</translation>
    </message>
    <message>
        <source>JoggAI sent something that is not a video. Please try downloading it again later.</source>
        <translation>JoggAI 发来的不是视频。请稍后重新下载。</translation>
    </message>
    <message>
        <source>JoggAI started your video, but the app could not note it in its list. It will be finished when the app starts again. Nothing is charged again.</source>
        <translation>JoggAI 已开始制作你的视频，但应用未能将其记入列表。下次启动应用时会完成它。不会重复扣费。</translation>
    </message>
    <message>
        <source>Some of the details are not valid. Please check them.</source>
        <translation>部分信息无效，请检查。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) could not be used. Try again; if it keeps happening, send the details to support.</source>
        <translation>无法使用应用的视频列表（%1）。请重试；如果问题反复出现，请将详细信息发送给客服。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is busy: another Jogg Desktop window is writing to it. Wait a moment and try again.</source>
        <translation>应用的视频列表（%1）正在被占用：另一个 Jogg Desktop 窗口正在写入。请稍候再试。</translation>
    </message>
    <message>
        <source>The disk with the app&apos;s list of videos (%1) is full. Free some space, then try again.</source>
        <translation>应用视频列表（%1）所在的磁盘已满。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The app cannot write its list of videos (%1). Check that you may write to that folder.</source>
        <translation>应用无法写入其视频列表（%1）。请确认你有权写入该文件夹。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) is damaged. Rename or move that file, then start again: the app makes a new list. Keep the old file for support: it may list paid videos.</source>
        <translation>应用的视频列表（%1）已损坏。请重命名或移走该文件，然后重新启动：应用会新建一个列表。请为客服保留旧文件：其中可能记录了已付费的视频。</translation>
    </message>
    <message>
        <source>The app&apos;s list of videos (%1) was written by a newer version of Jogg Desktop. Update the app.</source>
        <translation>应用的视频列表（%1）由更新版本的 Jogg Desktop 写入。请更新应用。</translation>
    </message>
    <message>
        <source>The record of this video in %1 is damaged and was set aside. The other videos are not affected.</source>
        <translation>此视频在 %1 中的记录已损坏，已被单独存放。其他视频不受影响。</translation>
    </message>
    <message>
        <source>This video was not started: the app closed before asking JoggAI. Nothing was charged.</source>
        <translation>此视频未开始制作：应用在向 JoggAI 发出请求前已关闭。未产生任何费用。</translation>
    </message>
    <message>
        <source>This video is being finished in another Jogg Desktop window. Wait for it there.</source>
        <translation>此视频正在另一个 Jogg Desktop 窗口中完成，请在那里等待。</translation>
    </message>
    <message>
        <source>This video was never started in JoggAI, so there is nothing to download.</source>
        <translation>此视频从未在 JoggAI 中开始制作，因此没有可下载的内容。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong with this video. Please try again.</source>
        <translation>此视频出现意外错误，请重试。</translation>
    </message>
    <message>
        <source>Something went wrong while talking to JoggAI.</source>
        <translation>与 JoggAI 通信时出错。</translation>
    </message>
    <message>
        <source>the chosen folder</source>
        <translation>所选文件夹</translation>
    </message>
    <message>
        <source>This took too long. Please try again.</source>
        <translation>耗时过长，请重试。</translation>
    </message>
    <message>
        <source>The file “%1” could not be found. It may have been moved or deleted.</source>
        <translation>找不到文件“%1”，它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>The app is not allowed to open or write this file. Check its permissions.</source>
        <translation>应用无权打开或写入此文件，请检查文件权限。</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the file and free disk space, then try again.</source>
        <translation>无法读取或写入文件。请检查该文件和磁盘剩余空间，然后重试。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please try again; if it keeps happening, copy the details and send them to support.</source>
        <translation>发生了意外错误。请重试；如果问题反复出现，请复制详细信息并发送给客服。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Fix API key</source>
        <translation>修改 API 密钥</translation>
    </message>
    <message>
        <source>Buy credits in JoggAI</source>
        <translation>在 JoggAI 中购买积分</translation>
    </message>
    <message>
        <source>Open JoggAI</source>
        <translation>打开 JoggAI</translation>
    </message>
    <message>
        <source>Enter details myself</source>
        <translation>自己填写信息</translation>
    </message>
    <message>
        <source>Check my videos in JoggAI</source>
        <translation>在 JoggAI 中查看我的视频</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Asking JoggAI to start…</source>
        <translation>正在请求 JoggAI 开始…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue</source>
        <translation>正在 JoggAI 排队</translation>
    </message>
    <message>
        <source>JoggAI is making your video</source>
        <translation>JoggAI 正在制作你的视频</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>正在下载… %1 %</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>正在下载… %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not confirmed — check your videos in JoggAI before trying again</source>
        <translation>未确认 — 重试前请先在 JoggAI 中查看你的视频</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Untitled video</source>
        <translation>未命名视频</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n 积分</numerusform>
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
        <translation>Jogg Desktop 上次意外关闭。你的视频、任务和设置都已保留，正在制作的视频会继续。如果问题反复出现，请复制下方的详细信息并发送给客服。其中不含 API 密钥。</translation>
    </message>
    <message>
        <source>Jogg Desktop closed unexpectedly</source>
        <translation>Jogg Desktop 意外关闭</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>This video used %1 (JoggAI&apos;s figure).</source>
        <translation>此视频消耗了 %1（JoggAI 提供的数据）。</translation>
    </message>
    <message>
        <source>Your JoggAI balance: %1 (JoggAI&apos;s figure; it may take a while to update).</source>
        <translation>你的 JoggAI 余额：%1（JoggAI 提供的数据；更新可能有延迟）。</translation>
    </message>
    <message>
        <source>%1 of %2 videos are ready; %3 failed.</source>
        <translation>已完成 %1/%2 个视频，%3 个失败。</translation>
    </message>
    <message>
        <source>Your batch is finished</source>
        <translation>批量任务已完成</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>The avatar fills the screen; your pictures cut in between.</source>
        <translation>数字人占满画面，你的图片穿插其间。</translation>
    </message>
    <message>
        <source>Floating avatar</source>
        <translation>悬浮数字人</translation>
    </message>
    <message>
        <source>Your pictures fill the screen; the avatar floats in a corner.</source>
        <translation>你的图片占满画面，数字人悬浮在角落。</translation>
    </message>
    <message>
        <source>Avatar below</source>
        <translation>数字人在下</translation>
    </message>
    <message>
        <source>Your pictures on top, the avatar underneath.</source>
        <translation>你的图片在上，数字人在下。</translation>
    </message>
    <message>
        <source>Avatar bubble</source>
        <translation>数字人气泡</translation>
    </message>
    <message>
        <source>The avatar in a small round bubble over your pictures.</source>
        <translation>数字人显示在图片上方的小圆形气泡中。</translation>
    </message>
    <message>
        <source>Carousel</source>
        <translation>轮播</translation>
    </message>
    <message>
        <source>Your pictures turn from one to the next; the avatar presents.</source>
        <translation>你的图片依次切换，由数字人讲解。</translation>
    </message>
    <message>
        <source>Floating, then voice</source>
        <translation>先悬浮后配音</translation>
    </message>
    <message>
        <source>The avatar floats in a corner, then only its voice goes on.</source>
        <translation>数字人先悬浮在角落，之后只保留其配音。</translation>
    </message>
    <message>
        <source>Tilted frame</source>
        <translation>倾斜边框</translation>
    </message>
    <message>
        <source>Your pictures in a tilted frame beside the avatar.</source>
        <translation>你的图片放在数字人旁边的倾斜边框中。</translation>
    </message>
    <message>
        <source>Sharp pictures</source>
        <translation>清晰图片</translation>
    </message>
    <message>
        <source>Your pictures shown whole on a plain background, no blurred fill.</source>
        <translation>在纯色背景上完整展示你的图片，不加模糊填充。</translation>
    </message>
    <message>
        <source>Pictures only</source>
        <translation>仅图片</translation>
    </message>
    <message>
        <source>Just your pictures, one after another, with the voice over them.</source>
        <translation>只有你的图片依次播放，配上旁白。</translation>
    </message>
    <message>
        <source>Split screen</source>
        <translation>分屏</translation>
    </message>
    <message>
        <source>The screen split in two: your product and the avatar side by side.</source>
        <translation>画面一分为二：商品和数字人并排显示。</translation>
    </message>
    <message>
        <source>A layout from JoggAI&apos;s library.</source>
        <translation>来自 JoggAI 素材库的版式。</translation>
    </message>
</context>
<context>
    <name>AspectCards</name>
    <message>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <source>Portrait 9:16</source>
        <translation>竖屏 9:16</translation>
    </message>
    <message>
        <source>TikTok, Reels, Shorts</source>
        <translation>TikTok、Reels、Shorts</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>横屏 16:9</translation>
    </message>
    <message>
        <source>YouTube, websites</source>
        <translation>YouTube、网站</translation>
    </message>
    <message>
        <source>Square 1:1</source>
        <translation>方形 1:1</translation>
    </message>
    <message>
        <source>Feeds, marketplaces</source>
        <translation>信息流、电商平台</translation>
    </message>
</context>
<context>
    <name>AvatarGrid</name>
    <message>
        <source>Show avatars from</source>
        <translation>显示数字人来源</translation>
    </message>
    <message>
        <source>All avatars</source>
        <translation>全部数字人</translation>
    </message>
    <message>
        <source>JoggAI library</source>
        <translation>JoggAI 素材库</translation>
    </message>
    <message>
        <source>My avatars</source>
        <translation>我的数字人</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>不限性别</translation>
    </message>
    <message>
        <source>Avatar gender</source>
        <translation>数字人性别</translation>
    </message>
    <message>
        <source>Avatar age</source>
        <translation>数字人年龄</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限年龄</translation>
    </message>
    <message>
        <source>Avatar style</source>
        <translation>数字人风格</translation>
    </message>
    <message>
        <source>Any style</source>
        <translation>不限风格</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>数字人</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>数字人 {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>No avatar matches these filters for this aspect ratio.</source>
        <translation>此画面比例下没有符合筛选条件的数字人。</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>消息图标</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>正在读取商品页面</translation>
    </message>
    <message>
        <source>Asking JoggAI</source>
        <translation>正在请求 JoggAI</translation>
    </message>
    <message>
        <source>JoggAI is making it</source>
        <translation>JoggAI 正在制作</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Make many videos</source>
        <translation>批量制作视频</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>新建批量任务</translation>
    </message>
    <message>
        <source>Product links, one per line</source>
        <translation>商品链接，每行一个</translation>
    </message>
    <message>
        <source>Paste product page links here, one per line</source>
        <translation>在此粘贴商品页面链接，每行一个</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Add from History…</source>
        <translation>从历史记录添加…</translation>
    </message>
    <message>
        <source>Settings for every video</source>
        <translation>每个视频的设置</translation>
    </message>
    <message>
        <source>The current video settings</source>
        <translation>当前的视频设置</translation>
    </message>
    <message>
        <source>Saved settings: %1</source>
        <translation>已保存的设置：%1</translation>
    </message>
    <message>
        <source>Folder for the videos</source>
        <translation>视频保存文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Make the videos…</source>
        <translation>制作视频…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Videos of the batch</source>
        <translation>批量任务中的视频</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>取消批量任务</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Check the links: %1</source>
        <translation>请检查链接：%1</translation>
    </message>
    <message>
        <source>Check the variants.</source>
        <translation>请检查变体。</translation>
    </message>
    <message>
        <source>Paste links, import a CSV or add products from the History.</source>
        <translation>粘贴链接、导入 CSV，或从历史记录中添加商品。</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>This file could not be read. Is it a CSV file?</source>
        <translation>无法读取此文件。它是 CSV 文件吗？</translation>
    </message>
    <message>
        <source>This CSV cannot be used: %1</source>
        <translation>无法使用此 CSV：%1</translation>
    </message>
    <message>
        <source>The History has no products yet.</source>
        <translation>历史记录中还没有商品。</translation>
    </message>
    <message>
        <source>Save the videos in</source>
        <translation>视频保存到</translation>
    </message>
    <message>
        <source>Make the videos?</source>
        <translation>开始制作这些视频？</translation>
    </message>
    <message>
        <source>%1.

This uses %2 credits from your JoggAI account.</source>
        <translation>%1。

这将从你的 JoggAI 账户扣除 %2 积分。</translation>
    </message>
    <message>
        <source>Make %1 videos</source>
        <translation>制作 %1 个视频</translation>
    </message>
    <message>
        <source>%1 of %2 videos done, %3 failed, %4 credits used</source>
        <translation>已完成 %1/%2 个视频，%3 个失败，已用 %4 积分</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Cancelled: videos already requested are still finished</source>
        <translation>已取消：已提交的视频仍会完成</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>The results could not be saved there. Choose another folder.</source>
        <translation>无法将结果保存到那里。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Results saved: %1</source>
        <translation>结果已保存：%1</translation>
    </message>
    <message>
        <source>The batch goes on in the background (%1 of %2 videos done). Open “Make many videos…” to follow it.</source>
        <translation>批量任务在后台继续进行（已完成 %1/%2 个视频）。打开“批量制作视频…”查看进度。</translation>
    </message>
    <message>
        <source>Read the product page again (nothing was charged)</source>
        <translation>重新读取商品页面（未产生任何费用）</translation>
    </message>
    <message>
        <source>Ask JoggAI again: this video was never started, nothing was charged</source>
        <translation>再次请求 JoggAI：此视频从未开始制作，未产生任何费用</translation>
    </message>
    <message>
        <source>Download the finished video again (no new charge)</source>
        <translation>重新下载制作好的视频（不再收费）</translation>
    </message>
    <message>
        <source>This video cannot be retried safely: it may have used credits already</source>
        <translation>此视频无法安全重试：它可能已经消耗了积分</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>菲律宾语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印度尼西亚语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>斯洛文尼亚语</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>克罗地亚语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>孟加拉语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>匈牙利语</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>马拉雅拉姆语</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>泰米尔语</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>泰卢固语</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation>祖鲁语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Flemish</source>
        <translation>弗拉芒语</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>拉脱维亚语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>蒙古语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Odia</source>
        <translation>奥里亚语</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>阿萨姆语</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>卡纳达语</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>他加禄语</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>阿姆哈拉语</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>塞尔维亚语</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>斯洛伐克语</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>斯瓦希里语</translation>
    </message>
    <message>
        <source>Don&apos;t Worry</source>
        <translation>别担心</translation>
    </message>
    <message>
        <source>Casual and reassuring: names a worry and shows how the product solves it.</source>
        <translation>轻松安心：先说出顾虑，再展示商品如何解决。</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>新发现</translation>
    </message>
    <message>
        <source>An exciting new find, shared like a tip with a friend.</source>
        <translation>像朋友间分享好物一样，介绍令人兴奋的新发现。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据说话</translation>
    </message>
    <message>
        <source>Facts, numbers and specifications up front.</source>
        <translation>开门见山地给出事实、数字和规格。</translation>
    </message>
    <message>
        <source>Top 3 reasons</source>
        <translation>三大理由</translation>
    </message>
    <message>
        <source>Three clear reasons to buy, one after another.</source>
        <translation>依次给出三个清晰的购买理由。</translation>
    </message>
    <message>
        <source>Soft Selling</source>
        <translation>软性推荐</translation>
    </message>
    <message>
        <source>Gentle and friendly, no hard push.</source>
        <translation>亲切友好，不强行推销。</translation>
    </message>
    <message>
        <source>Humor &amp; Meme</source>
        <translation>幽默与梗</translation>
    </message>
    <message>
        <source>Light-hearted and funny, in the style of social media memes.</source>
        <translation>轻松有趣，走社交媒体表情包风格。</translation>
    </message>
    <message>
        <source>Feature Explainer</source>
        <translation>功能讲解</translation>
    </message>
    <message>
        <source>Walks through the main features and what each one does.</source>
        <translation>逐一介绍主要功能及其作用。</translation>
    </message>
    <message>
        <source>Soft Storytelling with Twist</source>
        <translation>反转小故事</translation>
    </message>
    <message>
        <source>A short story that ends with a surprise.</source>
        <translation>一个结尾出人意料的小故事。</translation>
    </message>
    <message>
        <source>Expert Advice</source>
        <translation>专家建议</translation>
    </message>
    <message>
        <source>Sounds like a knowledgeable expert recommending the product.</source>
        <translation>像一位懂行的专家在推荐商品。</translation>
    </message>
    <message>
        <source>Unboxing &amp; Review</source>
        <translation>开箱测评</translation>
    </message>
    <message>
        <source>Like opening the box and giving an honest first review.</source>
        <translation>像打开包装后给出真实的第一印象。</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Sets a challenge and shows the product rising to it.</source>
        <translation>设定一个挑战，展示商品如何应对。</translation>
    </message>
    <message>
        <source>Problem/Solution</source>
        <translation>问题与解决</translation>
    </message>
    <message>
        <source>States a common problem, then presents the product as the fix.</source>
        <translation>提出常见问题，再把商品作为解决方案。</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Shows how the product compares with the usual alternatives.</source>
        <translation>展示商品与常见替代品相比的优势。</translation>
    </message>
    <message>
        <source>Creative/Innovative</source>
        <translation>创意/创新</translation>
    </message>
    <message>
        <source>Highlights what is new and inventive about the product.</source>
        <translation>突出商品的新颖和巧妙之处。</translation>
    </message>
    <message>
        <source>Emotional Appeal</source>
        <translation>情感共鸣</translation>
    </message>
    <message>
        <source>Speaks to feelings: comfort, joy, confidence.</source>
        <translation>诉诸情感：舒适、喜悦、自信。</translation>
    </message>
    <message>
        <source>Immersive Storytelling</source>
        <translation>沉浸式故事</translation>
    </message>
    <message>
        <source>Puts the viewer inside a scene where the product shines.</source>
        <translation>把观众带入商品大放异彩的场景。</translation>
    </message>
    <message>
        <source>Storytime</source>
        <translation>故事时间</translation>
    </message>
    <message>
        <source>A short, story-driven narration around the product.</source>
        <translation>围绕商品展开的简短故事式讲述。</translation>
    </message>
    <message>
        <source>Light marketing</source>
        <translation>轻营销</translation>
    </message>
    <message>
        <source>Soft, friendly promotion without a hard sell.</source>
        <translation>温和友好的推广，不强行推销。</translation>
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
        <translation>青年</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>成年</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>老年</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>商务</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>社交</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>年轻</translation>
    </message>
    <message>
        <source>Middle aged</source>
        <translation>中年</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>年长</translation>
    </message>
</context>
<context>
    <name>CostLabel</name>
    <message>
        <source>Making this video uses {cost} from your JoggAI account (1 credit per started 2 minutes of video).</source>
        <translation>制作此视频将从你的 JoggAI 账户扣除 {cost}（视频每 2 分钟 1 积分，不足 2 分钟按 2 分钟计）。</translation>
    </message>
    <message>
        <source>Cost: {cost}</source>
        <translation>费用：{cost}</translation>
    </message>
</context>
<context>
    <name>CoverGrid</name>
    <message>
        <source>Preview of the selected item</source>
        <translation>所选项目的预览</translation>
    </message>
    <message>
        <source>Click an item to see it move.</source>
        <translation>点击某一项即可看到它动起来的样子。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Sorry — something unexpected went wrong in Jogg Desktop. Your work so far is kept. If this keeps happening, copy the details below and send them to support. They contain no API key.</source>
        <translation>抱歉，Jogg Desktop 发生了意外错误。你目前的工作已保留。如果问题反复出现，请复制下方的详细信息并发送给客服。其中不含 API 密钥。</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>ElapsedProgress</name>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>历史记录中的商品</translation>
    </message>
    <message>
        <source>Products made before</source>
        <translation>以前用过的商品</translation>
    </message>
    <message>
        <source>Tick the products to make again (their pages are not read again):</source>
        <translation>勾选要再次使用的商品（不会重新读取其页面）：</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Your videos</source>
        <translation>你的视频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>No videos yet. Videos you make will be listed here.</source>
        <translation>还没有视频。你制作的视频会显示在这里。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the video in your usual video player</source>
        <translation>用常用的视频播放器打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Made in %1</source>
        <translation>制作用时 %1</translation>
    </message>
    <message>
        <source>Save a copy of the video</source>
        <translation>另存视频副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>副本已保存为 %1</translation>
    </message>
    <message>
        <source>Checking the video in JoggAI…</source>
        <translation>正在 JoggAI 中检查视频…</translation>
    </message>
    <message>
        <source>Downloaded again.</source>
        <translation>已重新下载。</translation>
    </message>
    <message>
        <source>Delete from the list?</source>
        <translation>从列表中删除？</translation>
    </message>
    <message>
        <source>Remove “%1” from your videos? The saved video file is kept.</source>
        <translation>要从你的视频中移除“%1”吗？已保存的视频文件会保留。</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Welcome to Jogg Desktop</source>
        <translation>欢迎使用 Jogg Desktop</translation>
    </message>
    <message>
        <source>Turn a product page into a marketing video in a few clicks. To start, paste your JoggAI API key. You find it in the JoggAI app: click your avatar (top right), then &lt;b&gt;API&lt;/b&gt;, and copy the key.</source>
        <translation>只需点几下，就能把商品页面变成营销视频。首先，请粘贴你的 JoggAI API 密钥。你可以在 JoggAI 应用中找到它：点击右上角的头像，再点 &lt;b&gt;API&lt;/b&gt;，然后复制密钥。</translation>
    </message>
    <message>
        <source>Paste your API key here</source>
        <translation>在此粘贴 API 密钥</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>JoggAI API 密钥</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>API 密钥(&amp;A)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>输入时显示密钥</translation>
    </message>
    <message>
        <source>Check and save key</source>
        <translation>验证并保存密钥</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>正在验证密钥</translation>
    </message>
    <message>
        <source>Key status</source>
        <translation>密钥状态</translation>
    </message>
    <message>
        <source>Forget the saved key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <source>Forget the saved API key</source>
        <translation>删除已保存的 API 密钥</translation>
    </message>
    <message>
        <source>No key yet? Try the app with the built-in demo shop: nothing is charged.</source>
        <translation>还没有密钥？用内置的演示店铺试用本应用，不会产生任何费用。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>正在通过 JoggAI 验证你的密钥…</translation>
    </message>
    <message>
        <source>Key accepted (%1).</source>
        <translation>密钥有效（%1）。</translation>
    </message>
    <message>
        <source>Key accepted.</source>
        <translation>密钥有效。</translation>
    </message>
    <message>
        <source>Your API key is forgotten: it is no longer saved on this computer. Paste it again to make videos.</source>
        <translation>已忘记你的 API 密钥：它不再保存在这台电脑上。请重新粘贴以制作视频。</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed and nothing is saved.</source>
        <translation>你正在使用演示：无需密钥，也不会保存任何内容。</translation>
    </message>
    <message>
        <source>Your key is kept for this session only — you will need to paste it again next time.</source>
        <translation>你的密钥只在本次会话中保留，下次需要重新粘贴。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the script and the voice. Type to search.</source>
        <translation>脚本和配音的语言。输入文字即可搜索。</translation>
    </message>
    <message>
        <source>Matching languages</source>
        <translation>匹配的语言</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>搜索语言</translation>
    </message>
</context>
<context>
    <name>LinkPage</name>
    <message>
        <source>Paste the link of the product page you want a video for — your shop, Amazon, Shopify, Etsy… JoggAI reads the name, description and pictures from it.</source>
        <translation>粘贴你想制作视频的商品页面链接——你的店铺、亚马逊、Shopify、Etsy… JoggAI 会从中读取名称、描述和图片。</translation>
    </message>
    <message>
        <source>https://your-shop.com/products/…</source>
        <translation>https://your-shop.cn/products/…</translation>
    </message>
    <message>
        <source>Product page link</source>
        <translation>商品页面链接</translation>
    </message>
    <message>
        <source>Product page &amp;link</source>
        <translation>商品页面链接(&amp;L)</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Analyze the product page</source>
        <translation>分析商品页面</translation>
    </message>
    <message>
        <source>Link problem</source>
        <translation>链接有问题</translation>
    </message>
    <message>
        <source>Enter the product details myself</source>
        <translation>自己填写商品信息</translation>
    </message>
    <message>
        <source>Demo shop products — click one to use it:</source>
        <translation>演示店铺的商品（点击即可使用）：</translation>
    </message>
    <message>
        <source>No link, or the page cannot be read?</source>
        <translation>没有链接，或页面无法读取？</translation>
    </message>
    <message>
        <source>Many products? Make them all at once…</source>
        <translation>商品很多？一次全部制作…</translation>
    </message>
    <message>
        <source>Which product is the video for?</source>
        <translation>要为哪个商品制作视频？</translation>
    </message>
    <message>
        <source>Reading the product page</source>
        <translation>正在读取商品页面</translation>
    </message>
    <message>
        <source>This usually takes 10 to 30 seconds. Esc stops it.</source>
        <translation>通常需要 10 到 30 秒。按 Esc 可停止。</translation>
    </message>
    <message>
        <source>This is not a web page link. Copy the product page&apos;s address from your browser — for example https://your-shop.com/products/mug.</source>
        <translation>这不是网页链接。请从浏览器复制商品页面的地址，例如 https://your-shop.cn/products/mug。</translation>
    </message>
    <message>
        <source>Stopped. You can change the link and try again.</source>
        <translation>已停止。你可以修改链接后重试。</translation>
    </message>
    <message>
        <source>Please paste the link of a product page.</source>
        <translation>请粘贴商品页面的链接。</translation>
    </message>
    <message>
        <source>This does not look like a web address. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>这看起来不像网址。请从浏览器地址栏复制完整链接。</translation>
    </message>
    <message>
        <source>This link has no website name. Copy the whole link from your browser&apos;s address bar.</source>
        <translation>此链接缺少网站名称。请从浏览器地址栏复制完整链接。</translation>
    </message>
    <message>
        <source>This looks like a shop&apos;s front page or a list of products. JoggAI makes a video of one product: paste that product&apos;s own page for the best result.</source>
        <translation>这看起来像店铺首页或商品列表。JoggAI 每次为一个商品制作视频：请粘贴该商品自己的页面，效果最好。</translation>
    </message>
    <message>
        <source>Use the demo product %1</source>
        <translation>使用演示商品 %1</translation>
    </message>
</context>
<context>
    <name>LookChooser</name>
    <message>
        <source>Visual style</source>
        <translation>视觉风格</translation>
    </message>
    <message>
        <source>Use a visual style</source>
        <translation>使用视觉风格</translation>
    </message>
    <message>
        <source>JoggAI lays out your product and the avatar in a ready-made style.</source>
        <translation>JoggAI 会用现成的风格来展示你的商品和数字人。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Use a template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <source>Use a template from JoggAI&apos;s library or one you made.</source>
        <translation>使用 JoggAI 素材库中的模板，或你自己制作的模板。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板列表</translation>
    </message>
    <message>
        <source>JoggAI arranges your product images and the avatar in this style.</source>
        <translation>JoggAI 会按此风格排布你的商品图片和数字人。</translation>
    </message>
    <message>
        <source>Pick a template: its layout is used instead of a visual style.</source>
        <translation>选择一个模板：将使用它的版式，而不是视觉风格。</translation>
    </message>
    <message>
        <source>Template {id}</source>
        <translation>模板 {id}</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>No template for this aspect ratio.</source>
        <translation>此画面比例下没有模板。</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Product pictures and videos</source>
        <translation>商品图片和视频</translation>
    </message>
    <message>
        <source>Drag to reorder, Ctrl+Left or Ctrl+Right to move the selected item, Delete to remove it.</source>
        <translation>拖动可调整顺序；Ctrl+← 或 Ctrl+→ 移动所选项目，Delete 键将其移除。</translation>
    </message>
    <message>
        <source>Uploading… %1%</source>
        <translation>正在上传… %1%</translation>
    </message>
    <message>
        <source>Link doesn&apos;t load</source>
        <translation>链接无法加载</translation>
    </message>
    <message>
        <source>Nothing could be loaded from this link. Remove it, or add a working one.</source>
        <translation>无法从此链接加载任何内容。请移除它，或添加一个有效的链接。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
</context>
<context>
    <name>MusicList</name>
    <message>
        <source>Background music</source>
        <translation>背景音乐</translation>
    </message>
    <message>
        <source>No music</source>
        <translation>不使用音乐</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Track {id}</source>
        <translation>曲目 {id}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Show Jogg Desktop</source>
        <translation>显示 Jogg Desktop</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Your video is ready</source>
        <translation>你的视频已完成</translation>
    </message>
    <message>
        <source>“%1” is ready to watch and save.</source>
        <translation>“%1”已完成，可以观看和保存了。</translation>
    </message>
    <message>
        <source>Your video could not be made</source>
        <translation>你的视频未能制作完成</translation>
    </message>
    <message>
        <source>“%1” failed. Open Jogg Desktop to see why and what to do.</source>
        <translation>“%1”制作失败。打开 Jogg Desktop 查看原因和解决办法。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Jogg Desktop is still working</source>
        <translation>Jogg Desktop 仍在工作</translation>
    </message>
    <message>
        <source>Your videos are still being made. Jogg Desktop tells you when they are ready; use its icon here to show it again or to quit.</source>
        <translation>你的视频仍在制作中。完成后 Jogg Desktop 会通知你；可通过这里的图标重新显示窗口或退出。</translation>
    </message>
    <message numerus="yes">
        <source>Jogg Desktop — making %n video(s)</source>
        <translation>
            <numerusform>Jogg Desktop — 正在制作 %n 个视频</numerusform>
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
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlayableList</name>
    <message>
        <source>Press Space to hear a sample of the selected row.</source>
        <translation>按空格键试听所选行的示例。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Folder for new videos</source>
        <translation>新视频的保存文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the folder for new videos</source>
        <translation>选择新视频的保存文件夹</translation>
    </message>
    <message>
        <source>Save new videos in</source>
        <translation>新视频保存到</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Jogg Desktop.</source>
        <translation>新语言将在下次启动 Jogg Desktop 时生效。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Tell me when a video is ready or has failed</source>
        <translation>视频完成或失败时通知我</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>JoggAI API key</source>
        <translation>JoggAI API 密钥</translation>
    </message>
    <message>
        <source>Check key</source>
        <translation>验证密钥</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>更换密钥…</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Where Jogg Desktop keeps its files</source>
        <translation>Jogg Desktop 的文件存放位置</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Videos list and data</source>
        <translation>视频列表和数据</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the folder: %1</source>
        <translation>打开文件夹：%1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>JoggAI API generation</source>
        <translation>JoggAI API 版本</translation>
    </message>
    <message>
        <source>Current (v2, recommended)</source>
        <translation>最新版（v2，推荐）</translation>
    </message>
    <message>
        <source>Previous (v1)</source>
        <translation>旧版（v1）</translation>
    </message>
    <message>
        <source>Which generation of JoggAI&apos;s API new videos use. Keep the current one unless JoggAI support asks otherwise.</source>
        <translation>新视频使用哪一代 JoggAI API。除非 JoggAI 客服另有建议，请保持最新版。</translation>
    </message>
    <message>
        <source>JoggAI API</source>
        <translation>JoggAI API 版本</translation>
    </message>
    <message>
        <source>No file manager opened it: the folder&apos;s path is copied, paste it into your file manager.</source>
        <translation>没有文件管理器能打开它：文件夹路径已复制，请粘贴到文件管理器中。</translation>
    </message>
    <message>
        <source>You are using the demo: no key is needed.</source>
        <translation>你正在使用演示：无需密钥。</translation>
    </message>
    <message>
        <source>A key is set up.</source>
        <translation>已设置密钥。</translation>
    </message>
    <message>
        <source>No key is set up yet.</source>
        <translation>尚未设置密钥。</translation>
    </message>
    <message>
        <source>Checking your key with JoggAI…</source>
        <translation>正在通过 JoggAI 验证你的密钥…</translation>
    </message>
    <message>
        <source>Your key works (account: %1).</source>
        <translation>你的密钥有效（账户：%1）。</translation>
    </message>
    <message>
        <source>Your key works.</source>
        <translation>你的密钥有效。</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>Saved settings:</source>
        <translation>已保存的设置：</translation>
    </message>
    <message>
        <source>Saved settings</source>
        <translation>已保存的设置</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>尚未保存任何设置</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save these settings…</source>
        <translation>保存这些设置…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>This name is already taken by other saved settings. Choose another name.</source>
        <translation>其他已保存的设置已使用此名称，请换一个名称。</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>保存这些设置</translation>
    </message>
    <message>
        <source>A name for these settings (e.g. “Summer sale, portrait”):</source>
        <translation>为这些设置命名（例如“夏季促销，竖屏”）：</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Replace saved settings?</source>
        <translation>替换已保存的设置？</translation>
    </message>
    <message>
        <source>There are saved settings called “%1” already. Replace them with these settings?</source>
        <translation>已存在名为“%1”的设置。要用当前设置替换吗？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>换一个名称</translation>
    </message>
    <message>
        <source>Rename saved settings</source>
        <translation>重命名已保存的设置</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete saved settings?</source>
        <translation>删除已保存的设置？</translation>
    </message>
    <message>
        <source>Delete the saved settings “%1”? Your videos are not affected.</source>
        <translation>要删除已保存的设置“%1”吗？你的视频不受影响。</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <source>e.g. Ceramic coffee mug, 350 ml</source>
        <translation>例如：陶瓷咖啡杯，350 毫升</translation>
    </message>
    <message>
        <source>Product description</source>
        <translation>商品描述</translation>
    </message>
    <message>
        <source>What it is, what it does, why people love it</source>
        <translation>它是什么、有什么用、为什么受欢迎</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>目标受众</translation>
    </message>
    <message>
        <source>e.g. coffee lovers who work from home</source>
        <translation>例如：在家办公的咖啡爱好者</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Target &amp;audience</source>
        <translation>目标受众(&amp;A)</translation>
    </message>
    <message>
        <source>Pictures and videos</source>
        <translation>图片和视频</translation>
    </message>
    <message>
        <source>Description of the selected picture or video</source>
        <translation>所选图片或视频的描述</translation>
    </message>
    <message>
        <source>Describe the selected picture or video (optional, helps JoggAI use it well)</source>
        <translation>描述所选图片或视频（可选，有助于 JoggAI 更好地使用它）</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add pictures or videos from this computer</source>
        <translation>从这台电脑添加图片或视频</translation>
    </message>
    <message>
        <source>Link to a picture or video</source>
        <translation>图片或视频的链接</translation>
    </message>
    <message>
        <source>https://… link to a picture or video</source>
        <translation>https://… 图片或视频的链接</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Add the picture or video at this link</source>
        <translation>添加此链接中的图片或视频</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected picture or video</source>
        <translation>移除所选图片或视频</translation>
    </message>
    <message>
        <source>Move the selected item earlier</source>
        <translation>将所选项目前移</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+Left)</source>
        <translation>前移（Ctrl+←）</translation>
    </message>
    <message>
        <source>Move the selected item later</source>
        <translation>将所选项目后移</translation>
    </message>
    <message>
        <source>Move later (Ctrl+Right)</source>
        <translation>后移（Ctrl+→）</translation>
    </message>
    <message>
        <source>Upload status</source>
        <translation>上传状态</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: put the removed item back</source>
        <translation>撤销：放回刚移除的项目</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>放回（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Remove links that don&apos;t load</source>
        <translation>移除无法加载的链接</translation>
    </message>
    <message>
        <source>Remove every link that doesn&apos;t load</source>
        <translation>移除所有无法加载的链接</translation>
    </message>
    <message>
        <source>Drag to reorder (the first ones matter most), or drop files here.</source>
        <translation>拖动可调整顺序（越靠前越重要），也可以把文件拖到这里。</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>还缺少什么</translation>
    </message>
    <message>
        <source>Tell us about your product</source>
        <translation>介绍一下你的商品</translation>
    </message>
    <message>
        <source>Check the product details</source>
        <translation>检查商品信息</translation>
    </message>
    <message>
        <source>Add the product&apos;s name.</source>
        <translation>请输入商品名称。</translation>
    </message>
    <message>
        <source>Add a short description: JoggAI writes the video&apos;s script from it.</source>
        <translation>请添加一段简短描述：JoggAI 会据此撰写视频脚本。</translation>
    </message>
    <message>
        <source>Add at least one picture or video of the product.</source>
        <translation>请至少添加一张商品图片或一个商品视频。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name and a short description, and add a few pictures.</source>
        <translation>请输入商品名称和简短描述，并添加几张图片。</translation>
    </message>
    <message>
        <source>This is what JoggAI found on the page. Fix anything that is wrong, and choose the pictures and videos for the video.</source>
        <translation>以下是 JoggAI 在页面上找到的内容。请修改不对的地方，并选择视频要用的图片和视频。</translation>
    </message>
    <message>
        <source>JoggAI found no pictures on this page. If it is a shop&apos;s front page or a list of products, go back and paste one product&apos;s own page; or add pictures below.</source>
        <translation>JoggAI 在此页面上没有找到图片。如果这是店铺首页或商品列表，请返回并粘贴单个商品的页面；或在下方添加图片。</translation>
    </message>
    <message>
        <source>Saving the product details…</source>
        <translation>正在保存商品信息…</translation>
    </message>
    <message>
        <source>Add pictures or videos</source>
        <translation>添加图片或视频</translation>
    </message>
    <message>
        <source>Pictures and videos (%1)</source>
        <translation>图片和视频（%1）</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>未添加：%1</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes videos up to %2 MB).</source>
        <translation>“%1”太大（JoggAI 接受的视频最大 %2 MB）。</translation>
    </message>
    <message>
        <source>“%1” is too large (JoggAI takes pictures up to %2 MB).</source>
        <translation>“%1”太大（JoggAI 接受的图片最大 %2 MB）。</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1”是空的。</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a picture (JPG, PNG, WebP, GIF) or video (MP4, WebM, MOV).</source>
        <translation>“%1”不是图片（JPG、PNG、WebP、GIF）或视频（MP4、WebM、MOV）。</translation>
    </message>
    <message>
        <source>“%1” could not be uploaded. %2</source>
        <translation>“%1”上传失败。%2</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n file(s)…</source>
        <translation>
            <numerusform>正在上传 %n 个文件…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) don&apos;t load: JoggAI could not use them either.</source>
        <translation>
            <numerusform>有 %n 个链接无法加载：JoggAI 也无法使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>the item</source>
        <translation>该项目</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message>
        <source>Paste the whole link of a picture or video, e.g. https://your-shop.com/mug.jpg.</source>
        <translation>请粘贴图片或视频的完整链接，例如 https://your-shop.cn/mug.jpg。</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>You can close this window: JoggAI keeps making your video, and the app picks it up again the next time you open it.</source>
        <translation>你可以关闭此窗口：JoggAI 会继续制作你的视频，下次打开应用时会自动取回。</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Back to the video settings</source>
        <translation>返回视频设置</translation>
    </message>
    <message>
        <source>Start another video</source>
        <translation>开始制作另一个视频</translation>
    </message>
    <message>
        <source>Start another video while this one is made</source>
        <translation>在制作此视频的同时开始另一个视频</translation>
    </message>
    <message>
        <source>Your video is ready!</source>
        <translation>你的视频已完成！</translation>
    </message>
    <message>
        <source>Save video…</source>
        <translation>保存视频…</translation>
    </message>
    <message>
        <source>Save the video to a file</source>
        <translation>将视频保存为文件</translation>
    </message>
    <message>
        <source>Saving progress</source>
        <translation>保存进度</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder with the video</source>
        <translation>打开视频所在的文件夹</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Copy the video&apos;s link</source>
        <translation>复制视频链接</translation>
    </message>
    <message>
        <source>Make another video</source>
        <translation>再做一个视频</translation>
    </message>
    <message>
        <source>Make another video with the same settings</source>
        <translation>用相同设置再做一个视频</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>你的视频</translation>
    </message>
    <message>
        <source>Did JoggAI start your video?</source>
        <translation>JoggAI 是否已开始制作你的视频？</translation>
    </message>
    <message>
        <source>Your video was not made</source>
        <translation>你的视频未能制作</translation>
    </message>
    <message>
        <source>Video cancelled</source>
        <translation>视频已取消</translation>
    </message>
    <message>
        <source>Making your video</source>
        <translation>正在制作你的视频</translation>
    </message>
    <message>
        <source>Watch it here, save a copy where you like, or make another one.</source>
        <translation>在这里观看，把副本保存到任意位置，或者再做一个。</translation>
    </message>
    <message>
        <source>JoggAI makes your video on its own computers; this page shows how far it is.</source>
        <translation>JoggAI 在自己的服务器上制作你的视频；此页面会显示进度。</translation>
    </message>
    <message>
        <source>This video was cancelled. Nothing more happens with it.</source>
        <translation>此视频已取消，不会再做任何处理。</translation>
    </message>
    <message>
        <source>JoggAI made your video; only getting it to this computer failed.</source>
        <translation>JoggAI 已制作好你的视频，只是下载到这台电脑时失败了。</translation>
    </message>
    <message>
        <source>There is no product to make a video of yet. Go back and choose one.</source>
        <translation>还没有可制作视频的商品。请返回选择一个。</translation>
    </message>
    <message>
        <source>The app could not open its list of videos, so it cannot make one now. Please restart the app.</source>
        <translation>应用无法打开视频列表，因此现在无法制作视频。请重新启动应用。</translation>
    </message>
    <message>
        <source>Sending your video request to JoggAI…</source>
        <translation>正在向 JoggAI 发送视频请求…</translation>
    </message>
    <message>
        <source>Downloading your video… %1</source>
        <translation>正在下载你的视频… %1</translation>
    </message>
    <message>
        <source>Trying again uses {cost}.</source>
        <translation>重试将消耗 {cost}。</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>Creating your video…</source>
        <translation>正在创建你的视频…</translation>
    </message>
    <message>
        <source>Your video is ready. Getting it…</source>
        <translation>你的视频已完成，正在获取…</translation>
    </message>
    <message>
        <source>Waiting in JoggAI&apos;s queue…</source>
        <translation>正在 JoggAI 排队…</translation>
    </message>
    <message>
        <source>Downloading your video…</source>
        <translation>正在下载你的视频…</translation>
    </message>
    <message>
        <source>Downloading your video… {p}%</source>
        <translation>正在下载你的视频… {p}%</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>已保存为 {name}</translation>
    </message>
    <message>
        <source>Downloaded as {name}</source>
        <translation>已下载为 {name}</translation>
    </message>
    <message>
        <source>Save video</source>
        <translation>保存视频</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Video saved to {path}</source>
        <translation>视频已保存到 {path}</translation>
    </message>
    <message>
        <source>The video&apos;s link is copied. Paste it anywhere.</source>
        <translation>视频链接已复制，可粘贴到任何地方。</translation>
    </message>
    <message>
        <source>Time so far: {elapsed} — videos usually take 1 to 10 minutes.</source>
        <translation>已用时间：{elapsed} — 视频通常需要 1 到 10 分钟。</translation>
    </message>
</context>
<context>
    <name>ScriptStyleList</name>
    <message>
        <source>Script style</source>
        <translation>脚本风格</translation>
    </message>
</context>
<context>
    <name>ScriptSuggester</name>
    <message>
        <source>Suggest a script…</source>
        <translation>建议脚本…</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for this product in several styles (%1 credit each time you ask).</source>
        <translation>JoggAI 会为此商品写出多种风格的脚本（每次请求 %1 积分）。</translation>
    </message>
    <message>
        <source>For “%1”, in %2, for a video of %3.</source>
        <translation>用于“%1”，%2，%3 的视频。</translation>
    </message>
    <message>
        <source>your product</source>
        <translation>您的商品</translation>
    </message>
    <message>
        <source>Enter the product&apos;s details first.</source>
        <translation>请先填写商品信息。</translation>
    </message>
    <message>
        <source>Stopped waiting. JoggAI goes on writing the scripts you asked for: “Look again (free)” shows them when they are ready.</source>
        <translation>已停止等待。JoggAI 会继续写您请求的脚本：写好后，“再看一次（免费）”即可显示。</translation>
    </message>
    <message>
        <source>Stopped waiting. If JoggAI had the request already, its %1 credit is used.</source>
        <translation>已停止等待。如果 JoggAI 已收到请求，其 %1 积分已被使用。</translation>
    </message>
    <message>
        <source>Replace your script?</source>
        <translation>替换您的脚本？</translation>
    </message>
    <message>
        <source>Your script box already has text. Replace it with this suggestion? (Ctrl+Z in the box brings your text back.)</source>
        <translation>脚本框中已有文字。要用此建议替换吗？（在框中按 Ctrl+Z 可恢复您的文字。）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep my script</source>
        <translation>保留我的脚本</translation>
    </message>
</context>
<context>
    <name>ScriptSuggestionsDialog</name>
    <message>
        <source>Suggest a script</source>
        <translation>建议脚本</translation>
    </message>
    <message>
        <source>JoggAI writes scripts for your product in several styles. Pick one to put it in your script box, where you can still change it.</source>
        <translation>JoggAI 会为您的商品写出多种风格的脚本。选一个放进脚本框，之后仍可修改。</translation>
    </message>
    <message>
        <source>Note: JoggAI may still rewrite the narration of a product video, even when you give it a script.</source>
        <translation>注意：即使您提供了脚本，JoggAI 仍可能改写商品视频的旁白。</translation>
    </message>
    <message>
        <source>Ask again (%1 credit)</source>
        <translation>再次请求（%1 积分）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Each time you ask, JoggAI charges %1 credit.</source>
        <translation>每次请求，JoggAI 收取 %1 积分。</translation>
    </message>
    <message>
        <source>Ask JoggAI (%1 credit)</source>
        <translation>请求 JoggAI（%1 积分）</translation>
    </message>
    <message>
        <source>Look again (free)</source>
        <translation>再看一次（免费）</translation>
    </message>
    <message>
        <source>Shows the scripts you already asked for, once JoggAI has written them. Nothing is charged.</source>
        <translation>JoggAI 写好后，显示您已请求的脚本。不收取任何费用。</translation>
    </message>
    <message>
        <source>JoggAI is writing scripts for your product… This usually takes less than a minute.</source>
        <translation>JoggAI 正在为您的商品写脚本… 通常不到一分钟。</translation>
    </message>
    <message>
        <source>Waiting for JoggAI</source>
        <translation>正在等待 JoggAI</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Stopping does not give back the %1 credit: JoggAI has the request already.</source>
        <translation>停止不会退还 %1 积分：JoggAI 已收到请求。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Format</source>
        <translation>画面格式</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>Video name</source>
        <translation>视频名称</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Your own script</source>
        <translation>你自己的脚本</translation>
    </message>
    <message>
        <source>Leave empty and JoggAI writes the script from your product details.</source>
        <translation>留空则由 JoggAI 根据商品信息撰写脚本。</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>数字人</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>配音</translation>
    </message>
    <message>
        <source>(JoggAI&apos;s videos often run a few seconds longer)</source>
        <translation>（JoggAI 的视频通常会长几秒）</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Show captions</source>
        <translation>显示字幕</translation>
    </message>
    <message>
        <source>Subtitles in the video: the script as text on screen</source>
        <translation>视频字幕：在画面上以文字显示脚本</translation>
    </message>
    <message>
        <source>Optional: a name to find this video by in JoggAI</source>
        <translation>可选：用于在 JoggAI 中查找此视频的名称</translation>
    </message>
    <message>
        <source>&amp;Language of the script and the voice:</source>
        <translation>脚本和配音的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Script &amp;style:</source>
        <translation>脚本风格(&amp;S)：</translation>
    </message>
    <message>
        <source>Your &amp;own script for this product (optional; JoggAI may shorten it to fit the length):</source>
        <translation>为此商品自己写的脚本(&amp;O)（可选；JoggAI 可能会缩短以适应时长）：</translation>
    </message>
    <message>
        <source>How the video speaks: its language, its style, or your own words.</source>
        <translation>视频的表达方式：语言、风格，或你自己写的内容。</translation>
    </message>
    <message>
        <source>Choose an avatar</source>
        <translation>选择数字人</translation>
    </message>
    <message>
        <source>The presenter of your video. Click one to see it move; filters narrow the list.</source>
        <translation>为你的视频出镜讲解的数字人。点击即可看到动态效果；可用筛选条件缩小范围。</translation>
    </message>
    <message>
        <source>Choose a voice</source>
        <translation>选择配音</translation>
    </message>
    <message>
        <source>Voices for the script&apos;s language. Press Space or a row&apos;s play button to hear one.</source>
        <translation>适用于脚本语言的配音。按空格键或某行的播放按钮即可试听。</translation>
    </message>
    <message>
        <source>Choose background music</source>
        <translation>选择背景音乐</translation>
    </message>
    <message>
        <source>Press Space or a row&apos;s play button to hear a track.</source>
        <translation>按空格键或某行的播放按钮即可试听曲目。</translation>
    </message>
    <message>
        <source>Choose the look</source>
        <translation>选择外观</translation>
    </message>
    <message>
        <source>A visual style for this format, or one of your templates.</source>
        <translation>适用于此画面格式的视觉风格，或你的模板。</translation>
    </message>
    <message>
        <source>This sample could not be played.</source>
        <translation>无法播放此示例。</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>视频设置</translation>
    </message>
    <message>
        <source>Choose how your video looks and sounds. You can see the cost before you start.</source>
        <translation>选择视频的画面和声音。开始之前可以看到费用。</translation>
    </message>
    <message>
        <source>Make video ({cost})</source>
        <translation>制作视频（{cost}）</translation>
    </message>
    <message>
        <source>Pick an avatar to present your product.</source>
        <translation>选择一个数字人来介绍你的商品。</translation>
    </message>
    <message>
        <source>Pick a template, or choose a visual style instead.</source>
        <translation>请选择一个模板，或改用视觉风格。</translation>
    </message>
    <message>
        <source>{old} has no {format} version: {new} is chosen instead.</source>
        <translation>{old} 没有{format}版本：已改选 {new}。</translation>
    </message>
    <message>
        <source>JoggAI chooses a voice that matches the avatar</source>
        <translation>JoggAI 会选择与数字人匹配的配音</translation>
    </message>
    <message>
        <source>Your own script: “{start}”</source>
        <translation>你自己的脚本：“{start}”</translation>
    </message>
    <message>
        <source>No avatar chosen yet</source>
        <translation>尚未选择数字人</translation>
    </message>
    <message>
        <source>Avatar {id}</source>
        <translation>数字人 {id}</translation>
    </message>
    <message>
        <source>Visual style: {title}</source>
        <translation>视觉风格：{title}</translation>
    </message>
    <message>
        <source>Template: {name}</source>
        <translation>模板：{name}</translation>
    </message>
    <message>
        <source>No template for this format yet: pick one or a visual style</source>
        <translation>此画面格式还没有模板：请选择一个模板或视觉风格</translation>
    </message>
    <message>
        <source>Loading avatars…</source>
        <translation>正在加载数字人…</translation>
    </message>
    <message>
        <source>Loading music…</source>
        <translation>正在加载音乐…</translation>
    </message>
    <message>
        <source>Loading visual styles and templates…</source>
        <translation>正在加载视觉风格和模板…</translation>
    </message>
    <message>
        <source>Loading voices…</source>
        <translation>正在加载配音…</translation>
    </message>
    <message>
        <source>Could not load this list. Use “Try again” above.</source>
        <translation>无法加载此列表。请使用上方的“重试”。</translation>
    </message>
    <message>
        <source>Your own {what} could not be loaded; the JoggAI library is shown.</source>
        <translation>无法加载你自己的{what}，当前显示的是 JoggAI 素材库。</translation>
    </message>
    <message>
        <source>avatars</source>
        <translation>数字人</translation>
    </message>
    <message>
        <source>No voices for this language: JoggAI will choose one.</source>
        <translation>此语言没有可用配音：JoggAI 会自动选择。</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>配音</translation>
    </message>
    <message>
        <source>music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
</context>
<context>
    <name>StyleGallery</name>
    <message>
        <source>Visual styles</source>
        <translation>视觉风格列表</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Suggested script in the style %1</source>
        <translation>“%1”风格的建议脚本</translation>
    </message>
    <message>
        <source>Use this script</source>
        <translation>使用此脚本</translation>
    </message>
    <message>
        <source>Use the %1 script</source>
        <translation>使用“%1”脚本</translation>
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
        <translation>数字人</translation>
    </message>
    <message>
        <source>avatar ids, e.g. 81, 412 (custom:7 for your own)</source>
        <translation>数字人 ID，例如 81, 412（自己的用 custom:7）</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>配音列表</translation>
    </message>
    <message>
        <source>voice ids, e.g. en-US-JennyNeural</source>
        <translation>配音 ID，例如 en-US-JennyNeural</translation>
    </message>
    <message>
        <source>Looks</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>e.g. style:Split, template:12</source>
        <translation>例如 style:Split, template:12</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>画面格式</translation>
    </message>
    <message>
        <source>Lengths</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Video player</source>
        <translation>视频播放器</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>视频播放位置</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>No sound device found: the video plays without sound.</source>
        <translation>未找到音频设备：视频将静音播放。</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
</context>
<context>
    <name>VoiceList</name>
    <message>
        <source>Voice gender</source>
        <translation>配音性别</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>不限性别</translation>
    </message>
    <message>
        <source>Voice age</source>
        <translation>配音年龄</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>不限年龄</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>配音列表</translation>
    </message>
    <message>
        <source>Let JoggAI choose a voice</source>
        <translation>让 JoggAI 选择配音</translation>
    </message>
    <message>
        <source>matches the avatar</source>
        <translation>与数字人匹配</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>No web browser could be opened from here. The address is copied: paste it into your browser: {url}</source>
        <translation>无法从这里打开浏览器。网址已复制，请粘贴到浏览器中：{url}</translation>
    </message>
    <message>
        <source>No file manager could be opened from here. The folder&apos;s path is copied: {path}</source>
        <translation>无法从这里打开文件管理器。文件夹路径已复制：{path}</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Product link</source>
        <translation>商品链接</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>商品信息</translation>
    </message>
    <message>
        <source>Video settings</source>
        <translation>视频设置</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>你的视频</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>页面标题</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Demo mode: a built-in simulator, nothing is charged.</source>
        <translation>演示模式：使用内置模拟器，不会产生任何费用。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+回车</translation>
    </message>
    <message>
        <source>Forget your API key?</source>
        <translation>删除你的 API 密钥？</translation>
    </message>
    <message>
        <source>The app forgets your JoggAI API key and removes it from this computer. To make videos again you paste it again (in JoggAI: your avatar → API).</source>
        <translation>应用将忘记你的 JoggAI API 密钥，并将其从这台电脑上删除。若要再次制作视频，需要重新粘贴密钥（在 JoggAI 中：你的头像 → API）。</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
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
        <translation>更换 API 密钥…</translation>
    </message>
    <message>
        <source>Forget API key</source>
        <translation>删除 API 密钥</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>演示 — %1</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <source>Make many videos…</source>
        <translation>批量制作视频…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Your videos appear here once your API key is set up.</source>
        <translation>设置 API 密钥后，你的视频会显示在这里。</translation>
    </message>
    <message>
        <source>Set up your API key first, then make many videos at once.</source>
        <translation>请先设置 API 密钥，然后即可一次制作多个视频。</translation>
    </message>
    <message>
        <source>Diagnostics copied. They contain no API key.</source>
        <translation>诊断信息已复制，其中不含 API 密钥。</translation>
    </message>
</context>
<context>
    <name>_RowWidget</name>
    <message>
        <source>Play sample of {name}</source>
        <translation>试听 {name} 的示例</translation>
    </message>
    <message>
        <source>Play a sample (Space)</source>
        <translation>试听示例（空格）</translation>
    </message>
    <message>
        <source>Stop sample of {name}</source>
        <translation>停止试听 {name}</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>portrait</source>
        <translation>竖屏</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横屏</translation>
    </message>
    <message>
        <source>square</source>
        <translation>方形</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>JoggAI API version (advanced)</source>
        <translation>JoggAI API 版本（高级）</translation>
    </message>
    <message>
        <source>v2 — JoggAI&apos;s current API (recommended)</source>
        <translation>v2 — JoggAI 当前的 API（推荐）</translation>
    </message>
    <message>
        <source>v1 — the older API (templates, 16 script styles)</source>
        <translation>v1 — 旧版 API（模板，16 种脚本风格）</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>JoggAI asked us to slow down — trying again now…</source>
        <translation>JoggAI 要求放慢请求速度 — 正在重试…</translation>
    </message>
    <message>
        <source>JoggAI asked us to slow down — waiting {n} s before the next try.</source>
        <translation>JoggAI 要求放慢请求速度 — 等待 {n} 秒后再试。</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — trying again now…</source>
        <translation>无法连接 JoggAI — 正在重试…</translation>
    </message>
    <message>
        <source>Can&apos;t reach JoggAI — still trying (next try in {n} s).</source>
        <translation>无法连接 JoggAI — 仍在重试（{n} 秒后再试）。</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — trying again now…</source>
        <translation>JoggAI 出现问题 — 正在重试…</translation>
    </message>
    <message>
        <source>JoggAI is having a problem — still trying (next try in {n} s).</source>
        <translation>JoggAI 出现问题 — 仍在重试（{n} 秒后再试）。</translation>
    </message>
</context>
</TS>
